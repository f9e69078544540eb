// Every IPC handler, merged from the service modules. Electron's ipc.ts and the browser host
// (scripts/web-host.ts) both dispatch to this one map.
import type { Channel } from '../../../core/ipc/contract'
import { appService } from './app'
import { clinicService } from './clinic'
import { mattersService } from './matters'
import { memoService } from './memo'
import { settingsService } from './settings'
import { storeService } from './store'
import type { Handler, ServiceHandlers } from './types'

const modules: Record<string, ServiceHandlers> = {
  app: appService, matters: mattersService, settings: settingsService, memo: memoService, clinic: clinicService, store: storeService
}

function merge(): ServiceHandlers {
  const out: Record<string, unknown> = {}
  const owner: Record<string, string> = {}
  for (const [name, mod] of Object.entries(modules)) {
    for (const [channel, handler] of Object.entries(mod)) {
      if (channel in out) throw new Error(`IPC channel ${channel} is handled by both ${owner[channel]} and ${name}`)
      out[channel] = handler
      owner[channel] = name
    }
  }
  return out as ServiceHandlers
}

export const services: ServiceHandlers = merge()

export function handlerFor<C extends Channel>(channel: C): Handler<C> | undefined {
  return services[channel] as Handler<C> | undefined
}

export type { ServiceContext, ServiceHandlers, Handler } from './types'
export { IpcFailure } from './errors'
