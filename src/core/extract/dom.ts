/**
 * Defensive DOM access shared by the extractor and `blockText`. Pages can replace methods on their own
 * nodes (`el.getAttribute = …`), and linkedom and browsers differ in where they define accessors, so
 * attribute reads go through the prototype's own `getAttribute`, every read is type-checked, and a
 * failing read counts as "absent" instead of throwing.
 */

export const ELEMENT = 1;
export const TEXT = 3;
export const CDATA = 4;
export const DOCUMENT_FRAGMENT = 11;

type AttrFn = (this: Element, name: string) => unknown;
const attrFns = new WeakMap<object, AttrFn | null>();

/** The `getAttribute` the node's class defines, skipping any override set on the node itself. */
function attrFnOf(el: Element): AttrFn | null {
  const proto = Object.getPrototypeOf(el) as object | null;
  if (!proto) return null;
  const cached = attrFns.get(proto);
  if (cached !== undefined) return cached;
  let fn: AttrFn | null = null;
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, 'getAttribute');
    if (d && typeof d.value === 'function') {
      fn = d.value as AttrFn;
      break;
    }
  }
  attrFns.set(proto, fn);
  return fn;
}

type HasFn = (this: Element) => unknown;
const hasFns = new WeakMap<object, HasFn | null>();

/**
 * Whether the element may carry attributes: false only when its class's own `hasAttributes` says it has
 * none (most paragraphs and spans), so attribute checks on them can be skipped. Unreadable → true.
 */
export function mayHaveAttributes(el: Element): boolean {
  try {
    const proto = Object.getPrototypeOf(el) as object | null;
    if (!proto) return true;
    let fn = hasFns.get(proto);
    if (fn === undefined) {
      fn = null;
      for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
        const d = Object.getOwnPropertyDescriptor(p, 'hasAttributes');
        if (d && typeof d.value === 'function') {
          fn = d.value as HasFn;
          break;
        }
      }
      hasFns.set(proto, fn);
    }
    return fn ? fn.call(el) !== false : true;
  } catch {
    return true;
  }
}

/** An attribute's value, or null when absent or unreadable. */
export function attr(el: Element, name: string): string | null {
  try {
    const fn = attrFnOf(el);
    const v = fn ? fn.call(el, name) : null;
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

/** Lower-case tag name ('' for anything odd). */
export function tagOf(el: Element): string {
  try {
    const n = (el as { localName?: unknown }).localName;
    if (typeof n === 'string') return n.toLowerCase();
    const t = (el as { tagName?: unknown }).tagName;
    return typeof t === 'string' ? t.toLowerCase() : '';
  } catch {
    return '';
  }
}

export function nodeType(n: Node): number {
  try {
    const t = (n as { nodeType?: unknown }).nodeType;
    return typeof t === 'number' ? t : 0;
  } catch {
    return 0;
  }
}

export function firstChild(n: Node): Node | null {
  try {
    const c = (n as { firstChild?: unknown }).firstChild;
    return c && typeof c === 'object' ? (c as Node) : null;
  } catch {
    return null;
  }
}

export function nextSibling(n: Node): Node | null {
  try {
    const c = (n as { nextSibling?: unknown }).nextSibling;
    return c && typeof c === 'object' ? (c as Node) : null;
  } catch {
    return null;
  }
}

export function parentOf(n: Node): Node | null {
  try {
    const c = (n as { parentNode?: unknown }).parentNode;
    return c && typeof c === 'object' ? (c as Node) : null;
  } catch {
    return null;
  }
}

/** A text node's characters ('' if unreadable). */
export function dataOf(n: Node): string {
  try {
    const d = (n as { data?: unknown }).data;
    return typeof d === 'string' ? d : '';
  } catch {
    return '';
  }
}

/** The element's children as an array (a snapshot, so later reads cannot loop forever). */
export function childElements(n: Node, limit = 100_000): Element[] {
  const out: Element[] = [];
  for (let c = firstChild(n); c && out.length < limit; c = nextSibling(c)) {
    if (nodeType(c) === ELEMENT) out.push(c as Element);
  }
  return out;
}

/** `class` and `id` joined, for the class/id cue patterns. */
export function classAndId(el: Element): string {
  const c = attr(el, 'class');
  const i = attr(el, 'id');
  return c && i ? `${c} ${i}` : c || i || '';
}

/** The root element. linkedom's doctype has no nextSibling, so documentElement comes first. */
export function rootElement(doc: Document): Element | null {
  try {
    const de = (doc as { documentElement?: unknown }).documentElement;
    if (de && typeof de === 'object' && nodeType(de as Node) === ELEMENT) return de as Element;
  } catch {
    /* fall through to a scan of the document's children */
  }
  return childElements(doc as unknown as Node).find((e) => tagOf(e) === 'html') ?? null;
}

/** The document's <body>, or failing that its root element. Framesets have no readable body. */
export function bodyOf(doc: Document): Element | null {
  const root = rootElement(doc);
  if (!root) return null;
  const kids = childElements(root);
  return kids.find((e) => tagOf(e) === 'body') ?? (kids.some((e) => tagOf(e) === 'frameset') ? null : root);
}

/** The document's <head>, if any. */
export function headOf(doc: Document): Element | null {
  const root = rootElement(doc);
  return root ? (childElements(root).find((e) => tagOf(e) === 'head') ?? null) : null;
}

/** The node after `node`'s subtree in document order, staying inside `root`; null at the end. */
export function nextAfterSubtree(node: Node, root: Node): Node | null {
  for (let cur: Node | null = node; cur && cur !== root; cur = parentOf(cur)) {
    const sib = nextSibling(cur);
    if (sib) return sib;
  }
  return null;
}

/** Whether `test` holds for some element under `el` (pre-order, at most `limit` nodes visited). */
export function someDescendant(el: Element, test: (e: Element) => boolean, limit: number): boolean {
  let node: Node | null = firstChild(el);
  let visited = 0;
  while (node && visited++ < limit) {
    const isEl = nodeType(node) === ELEMENT;
    if (isEl && test(node as Element)) return true;
    const down = isEl ? firstChild(node) : null;
    if (down) {
      node = down;
      continue;
    }
    node = nextAfterSubtree(node, el);
  }
  return false;
}
