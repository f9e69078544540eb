// A structured failure a handler throws; the IPC layer turns it into { ok: false, error }.
import type { IpcError } from '../../../core/ipc/contract'

export class IpcFailure extends Error {
  readonly code: IpcError['code']
  readonly path: string | null
  readonly issues: IpcError['issues']
  constructor(code: IpcError['code'], message: string, path: string | null = null, issues?: IpcError['issues']) {
    super(message)
    this.name = 'IpcFailure'
    this.code = code
    this.path = path
    this.issues = issues
  }
  toIpcError(): IpcError {
    return { code: this.code, path: this.path, message: this.message, ...(this.issues ? { issues: this.issues } : {}) }
  }
}
