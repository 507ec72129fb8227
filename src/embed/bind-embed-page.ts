/**
 * Wires an `?embed=1` page to its host: the postMessage API with the `allowedOrigins` option
 * read from the page's URL. Does nothing for the posting side when the page is not framed.
 */
import type { MountedApp } from '../app/mount-app';
import { bindHostApi, type HostApi } from './host-api';
import { findParentOrigin, parseAllowedOrigins } from './host-origins';

export function bindEmbedPage(app: Pick<MountedApp, 'store' | 'ready'>, params: URLSearchParams): HostApi {
  const framed = window.parent !== window;
  return bindHostApi(app.store, {
    allowedOrigins: parseAllowedOrigins(params.get('allowedOrigins')),
    parent: framed ? window.parent : null,
    parentOrigin: findParentOrigin(window),
    ready: app.ready,
    listenOn: window,
  });
}
