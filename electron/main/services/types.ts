// The service layer: plain Node modules that implement the IPC contract. The Electron main
// process (electron/main/ipc.ts) and the browser test host (scripts/web-host.ts) register the
// same handlers behind the same zod validation, so the end-to-end suite drives the real services.
import type { Channel, RequestOf, ResponseOf } from '../../../core/ipc/contract'

export interface ServiceContext {
  /** the app's data folder (userData in Electron; a temp folder in tests) */
  dataDir: string
  host: 'electron' | 'web'
  appVersion: string
  /** Electron only: native save dialog; resolves to the chosen path or null when cancelled */
  showSaveDialog?: (defaultName: string, filters: { name: string; extensions: string[] }[]) => Promise<string | null>
}

export type Handler<C extends Channel> = (req: RequestOf<C>, ctx: ServiceContext) => Promise<ResponseOf<C>>
export type ServiceHandlers = { [C in Channel]?: Handler<C> }
