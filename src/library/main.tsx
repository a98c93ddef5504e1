/** Notes library entry: an extension page opened from the popup. */
import { render } from 'preact';
import { Library } from './components/Library.tsx';
import { notesApi } from './api.ts';

render(<Library api={notesApi} />, document.getElementById('app')!);
