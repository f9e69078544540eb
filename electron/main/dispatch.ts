// The one entry point from an untrusted caller (renderer over IPC, browser over HTTP) to the services:
// unknown channel → INVALID_REQUEST; request validated with the contract's zod schema (every issue with
// its path); IpcFailure → its structured error; anything else → INTERNAL (logged here, no stack sent).
// In development and tests the response is validated too, so a handler that breaks the contract fails loudly.
import { ipcContract, type Channel, type IpcError, type IpcResult } from '../../core/ipc/contract'
import { issuesOf } from '../../core/matter/schema'
import { stderrLogger } from './log'
import { IpcFailure } from './services/errors'
import { services } from './services'
import type { Handler, ServiceContext, ServiceHandlers } from './services/types'

export interface DispatchOptions {
  /** override the handler map (tests) */
  handlers?: ServiceHandlers
  /** validate responses against the contract (default: unless NODE_ENV is production) */
  validateResponses?: boolean
  /** where unexpected errors are logged (default console.error) */
  log?: (message: string, error: unknown) => void
}

const isChannel = (c: string): c is Channel => Object.prototype.hasOwnProperty.call(ipcContract, c)

const fail = (error: IpcError): IpcResult<never> => ({ ok: false, error })

export async function dispatch(channel: string, payload: unknown, ctx: ServiceContext, opts: DispatchOptions = {}): Promise<IpcResult<unknown>> {
  if (typeof channel !== 'string' || !isChannel(channel)) {
    return fail({ code: 'INVALID_REQUEST', path: null, message: `未知的通道：${String(channel).slice(0, 100)} / unknown channel` })
  }
  const spec = ipcContract[channel]
  const parsed = spec.request.safeParse(payload === undefined ? {} : payload)
  if (!parsed.success) {
    const issues = issuesOf(parsed.error)
    return fail({
      code: 'INVALID_REQUEST',
      path: issues[0]?.path ?? null,
      message: `请求格式错误（${channel}）：${issues.map((i) => `${i.path}：${i.message}`).join('；')} / malformed request`,
      issues
    })
  }
  const handler = (opts.handlers ?? services)[channel] as Handler<Channel> | undefined
  if (!handler) {
    return fail({ code: 'UNSUPPORTED', path: null, message: `此功能在当前版本或当前环境中不可用（${channel}） / not available here` })
  }
  let data: unknown
  try {
    data = await handler(parsed.data as never, ctx)
  } catch (e) {
    if (e instanceof IpcFailure) return fail(e.toIpcError())
    ;(opts.log ?? stderrLogger)(`[ipc] ${channel} failed`, e)
    return fail({ code: 'INTERNAL', path: null, message: '内部错误，操作未完成；详情见应用日志 / internal error; see the application log' })
  }
  const validate = opts.validateResponses ?? process.env.NODE_ENV !== 'production'
  if (validate) {
    // checked, not transformed: the renderer gets the same data in development and in production
    const r = spec.response.safeParse(data)
    if (!r.success) {
      ;(opts.log ?? stderrLogger)(`[ipc] ${channel} answered outside the contract`, r.error)
      return fail({ code: 'INTERNAL', path: null, message: `内部错误：${channel} 的应答不符合接口约定 / response does not match the contract` })
    }
  }
  return { ok: true, data }
}
