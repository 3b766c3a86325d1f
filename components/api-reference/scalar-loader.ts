/**
 * Loading Scalar's standalone bundle under the app's nonce CSP (lib/security-headers.ts) without
 * loosening it.
 *
 * Script: a script element added by one of Next's nonce'd scripts is trusted ('strict-dynamic').
 *
 * Styles (style-src-elem 'self' 'nonce-…'): Scalar puts its main stylesheet in a <style> carrying
 * the nonce it reads from <meta property="csp-nonce"> (its documented CSP hook), but its theme
 * (a <style> rendered by Vue), its toasts' styles and its code editor's (CodeMirror) come
 * without one and would be refused. So while the reference is mounted, every <style> created
 * through document.createElement gets this document's nonce. That gives scripts nothing they do
 * not have already: any script may read the nonce from a <script>'s `nonce` property or restyle
 * the page through the CSSOM, which CSP does not govern. What the nonce guards — <style> and
 * <link> elements injected as markup, which the HTML parser creates without this function —
 * stays refused.
 */

type ScalarInstance = { destroy: () => void };
type ScalarGlobal = { createApiReference: (el: Element, configuration: object) => ScalarInstance };

/** This document's nonce: Next puts it on its inline scripts (the property holds it; browsers blank the attribute). */
function documentNonce(): string {
  return document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce ?? "";
}

let loading: Promise<ScalarGlobal> | undefined;

/** Loads the bundle once per document; a soft navigation back to the page reuses it. */
export function loadScalar(url: string): Promise<ScalarGlobal> {
  loading ??= new Promise<ScalarGlobal>((resolve, reject) => {
    const nonce = documentNonce();
    // Read by the bundle while it runs, for its main stylesheet; not left in the page afterwards.
    const meta = document.createElement("meta");
    meta.setAttribute("property", "csp-nonce");
    meta.content = nonce;
    document.head.append(meta);
    const script = document.createElement("script");
    script.src = url;
    script.nonce = nonce;
    script.onload = () => {
      meta.remove();
      const scalar = (window as unknown as { Scalar?: ScalarGlobal }).Scalar;
      if (scalar) resolve(scalar);
      else reject(new Error("Scalar's bundle loaded but defined no Scalar global."));
    };
    script.onerror = () => {
      meta.remove();
      script.remove();
      loading = undefined; // let a remount try again
      reject(new Error("Scalar's bundle could not be loaded."));
    };
    document.head.append(script);
  });
  return loading;
}

/** Every <style> made while a reference was mounted. */
const created = new Set<HTMLStyleElement>();
/** Those that sat in <head> (Scalar's global styles), taken out while no reference is mounted. */
let parked: HTMLStyleElement[] = [];

/**
 * Until `release()`: <style> elements created through document.createElement carry the nonce.
 * `release()` restores createElement and takes Scalar's global styles out of <head> (they style
 * `body` too); the next call puts them back, since the bundle, loaded once, never re-adds them.
 */
export function stampStyleNonces(): { release: () => void } {
  const nonce = documentNonce();
  for (const style of parked) document.head.append(style);
  parked = [];
  const own = Object.prototype.hasOwnProperty.call(document, "createElement");
  const original = document.createElement;
  document.createElement = function (this: Document, tagName: string, options?: ElementCreationOptions) {
    const el = original.call(this, tagName, options);
    if (el instanceof HTMLStyleElement) {
      el.nonce = nonce;
      created.add(el);
    }
    return el;
  } as Document["createElement"];
  return {
    release() {
      if (own) document.createElement = original;
      else Reflect.deleteProperty(document, "createElement");
      for (const style of created) {
        if (style.parentNode === document.head) {
          style.remove();
          parked.push(style);
        } else if (!style.isConnected) created.delete(style);
      }
    },
  };
}
