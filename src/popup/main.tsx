/** Popup entry: renders the app for the tab it was opened on (or `?tab=ID`, which tests use). */
import { render } from 'preact';
import { App } from './App.tsx';

const param = new URLSearchParams(location.search).get('tab');
const tabId = param && /^\d+$/.test(param) ? Number(param) : null;
render(<App fixedTabId={tabId} />, document.getElementById('app')!);
