// The one IPC contract. Every channel maps to a zod schema for its request and its response.
// Main validates every request (the renderer is untrusted) and answers with an envelope:
//   { ok: true, data } | { ok: false, error: { code, path, message, issues? } }
// The preload exposes one named method per channel (no generic invoke); the browser test host
// (scripts/web-host.ts) serves the same handlers over HTTP for the end-to-end suite.
import { z } from 'zod'
import { answerImportResultSchema, answerListRowSchema, exerciseSummarySchema } from '../clinic/api'
import { exerciseSchema } from '../clinic/schema'
import { CHANGE_SECTIONS } from '../matter/changes'
import { STAGES, matterDocumentSchema } from '../matter/schema'
import { MEMO_KINDS, settingsSchema } from '../settings'

export const fieldIssueSchema = z.object({ path: z.string(), message: z.string() })

export const IPC_ERROR_CODES = [
  'INVALID_REQUEST', 'INVALID_MATTER', 'NOT_FOUND', 'CORRUPT_MATTER', 'CONFLICT', 'CANCELLED', 'UNSUPPORTED', 'INTERNAL',
  /** the disk is full: nothing was saved, temporary files removed */
  'DISK_FULL',
  /** the data folder is read-only: list/open/export work, writes are refused */
  'READ_ONLY',
  /** the store is encrypted and no key (keystore or passphrase) opens it */
  'LOCKED'
] as const
export const ipcErrorSchema = z.object({
  code: z.enum(IPC_ERROR_CODES),
  /** dotted path of the offending field, or null */
  path: z.string().nullable(),
  /** Chinese first, then English */
  message: z.string(),
  issues: z.array(fieldIssueSchema).optional()
})
export type IpcError = z.infer<typeof ipcErrorSchema>
export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError }

const id = z.string().min(1).max(200).regex(/^[A-Za-z0-9_-]+$/, { message: '编号格式无效 / invalid id' })
const isoTime = z.string()

export const matterSummarySchema = z.object({
  id,
  title: z.string(),
  caseNumber: z.string().nullable(),
  stage: z.enum(STAGES),
  defendantNames: z.array(z.string()),
  createdAt: isoTime,
  updatedAt: isoTime,
  revision: z.number().int(),
  trashed: z.boolean(),
  /** the file failed validation and is kept aside; open shows the field errors */
  corrupt: z.boolean()
})
export type MatterSummary = z.infer<typeof matterSummarySchema>

/** A stored matter as main answers it: always a valid, current-version document. (Requests carrying a
 *  document keep it `unknown`, so that a document with field errors reaches the handler, which answers
 *  INVALID_MATTER with every issue.) */
export const matterRecordSchema = z.object({
  summary: matterSummarySchema,
  document: matterDocumentSchema
})
export type MatterRecord = z.infer<typeof matterRecordSchema>

export const VERSION_KINDS = ['create', 'edit', 'rename', 'duplicate', 'restore', 'import', 'replace'] as const
/** What a saved version is: how it came about, since when (edits while typing are coalesced into one
 *  version from `since` to its `savedAt`) and what changed (core/matter/changes.ts). */
export const versionChangeSchema = z.object({
  kind: z.enum(VERSION_KINDS),
  since: isoTime,
  changes: z.array(z.object({ who: z.string().nullable(), what: z.enum(CHANGE_SECTIONS) })).max(200),
  /** kind `restore`: the revision restored */
  restoredFrom: z.number().int().optional()
})
export type VersionChange = z.infer<typeof versionChangeSchema>

/** `change` is null for versions written before versions were named */
export const versionInfoSchema = z.object({ revision: z.number().int(), savedAt: isoTime, title: z.string(), change: versionChangeSchema.nullable() })
export type VersionInfo = z.infer<typeof versionInfoSchema>

export const exampleInfoSchema = z.object({ id: z.string(), title: z.string(), summary: z.string(), charge: z.string().nullable() })
export type ExampleInfo = z.infer<typeof exampleInfoSchema>

const memoRequest = z.object({
  document: z.unknown(),
  kind: z.enum(MEMO_KINDS),
  defendantId: z.string().max(200).nullable().optional(),
  /** `clinic` only: the exercise and the student's answer (validated in main with the core/clinic schemas);
   *  the memo is then written from the exercise's matter and carries the answer, the verdicts and the score */
  worksheet: z.object({ exercise: z.unknown(), answer: z.unknown().nullable().optional() }).strict().optional(),
  /** `defense` only: the line agreed with the client, 无罪 (innocence) or 罪轻 (lesser); default by the matter */
  defenceLine: z.enum(['innocence', 'lesser']).nullable().optional(),
  /** `clinic` only: the student's version or the teacher's (default) */
  clinicVersion: z.enum(['student', 'teacher']).nullable().optional(),
  /** false = the filing copy, without the 核对清单 page (default true) */
  checklist: z.boolean().optional(),
  /** the editor's complete analysis of this very matter: reused when its fingerprint matches the matter main
   *  validated (analysisFingerprint), otherwise main analyses again */
  analysis: z.looseObject({
    fingerprint: z.string().max(64),
    engineVersion: z.string().max(50),
    lawLibraryVersion: z.string().max(50),
    asOf: z.string().max(10),
    defendants: z.array(z.looseObject({ id: z.string().max(200), name: z.string().max(10_000) })).max(1000)
  }).optional()
})

export const storeStatusSchema = z.object({
  /** the files are sealed (AES-256-GCM) */
  encrypted: z.boolean(),
  /** the OS keystore (Electron safeStorage) is available and holds the key */
  keystore: z.boolean(),
  /** a passphrase can open the folder */
  passphrase: z.boolean(),
  readOnly: z.boolean(),
  /** encrypted, and no key at hand: store:unlock is needed */
  locked: z.boolean(),
  notice: z.string().nullable()
})
export type StoreStatus = z.infer<typeof storeStatusSchema>
// ---- bank statements (core/statements; docs/statements.md). CSV statements are parsed in the renderer's
// worker; spreadsheets are read here in main (exceljs), and the annotated rows are written to .xlsx here.
const sheetCell = z.union([z.string().max(10_000), z.number(), z.null()])
export const statementsContract = {
  /** the first sheet of an .xlsx statement as text cells, with their sheet row numbers */
  'statements:readSheet': {
    request: z.object({ fileName: z.string().min(1).max(500), base64: z.string().max(700_000_000) }).strict(),
    response: z.object({ records: z.array(z.array(z.string())), lines: z.array(z.number().int()) })
  },
  /** rows (first = header) as an .xlsx workbook, base64-encoded */
  'statements:exportXlsx': {
    request: z.object({ fileName: z.string().min(1).max(500), rows: z.array(z.array(sheetCell).max(100)).max(1_100_000) }).strict(),
    response: z.object({ fileName: z.string(), base64: z.string() })
  }
} as const

export const ipcContract = {
  ...statementsContract,
  'app:info': {
    request: z.object({}).strict(),
    response: z.object({
      version: z.string(), lawLibraryVersion: z.string(), engineVersion: z.string(),
      host: z.enum(['electron', 'web']), dataDir: z.string(),
      /** a notice about the data folder (read-only, …), Chinese first; absent when there is nothing to say */
      storeNotice: z.string().nullable().optional(),
      /** the store's files are encrypted at rest */
      encrypted: z.boolean().optional()
    })
  },
  'matters:list': {
    request: z.object({
      query: z.string().max(200).optional(),
      sort: z.enum(['title', 'caseNumber', 'stage', 'updatedAt']).optional(),
      trashed: z.boolean().optional()
    }).strict(),
    response: z.array(matterSummarySchema)
  },
  'matters:create': {
    request: z.object({ title: z.string().min(1).max(200), exampleId: z.string().max(200).nullable().optional() }).strict(),
    response: matterRecordSchema
  },
  'matters:open': { request: z.object({ id }).strict(), response: matterRecordSchema },
  'matters:save': {
    request: z.object({ id, document: z.unknown(), baseRevision: z.number().int().optional() }).strict(),
    response: matterSummarySchema
  },
  'matters:rename': { request: z.object({ id, title: z.string().min(1).max(200) }).strict(), response: matterSummarySchema },
  'matters:duplicate': { request: z.object({ id }).strict(), response: matterSummarySchema },
  'matters:trash': { request: z.object({ id }).strict(), response: matterSummarySchema },
  'matters:restore': { request: z.object({ id }).strict(), response: matterSummarySchema },
  'matters:versions': { request: z.object({ id }).strict(), response: z.array(versionInfoSchema) },
  'matters:restoreVersion': { request: z.object({ id, revision: z.number().int() }).strict(), response: matterRecordSchema },
  /** Import a .bangxin.json file. When a matter with the same title (or case number) is already there and
   *  `onDuplicate` is absent, nothing is stored: CONFLICT with path `duplicate` and one issue per existing
   *  matter (`path` = its id, `message` = its title); the caller then asks and calls again with
   *  `replace` (the file becomes a new revision of matter `replaceId`; the old content stays in its
   *  versions) or `keepBoth` (a new matter whose title is marked 导入副本). */
  'matters:import': {
    request: z.object({
      fileName: z.string().max(500),
      content: z.string().max(20_000_000),
      onDuplicate: z.enum(['replace', 'keepBoth']).optional(),
      replaceId: id.optional(),
      /** for an encrypted export (.bangxin.enc.json) */
      passphrase: z.string().max(1000).optional()
    }).strict(),
    response: matterRecordSchema
  },
  'matters:export': {
    /** with a passphrase the file is sealed (AES-256-GCM, key from scrypt) */
    request: z.object({ id, passphrase: z.string().max(1000).optional() }).strict(),
    response: z.object({ fileName: z.string(), content: z.string() })
  },
  'examples:list': { request: z.object({}).strict(), response: z.array(exampleInfoSchema) },
  /** build a memo .docx; returns it base64-encoded (the renderer offers it for download / save) */
  'memo:build': {
    request: memoRequest.strict(),
    response: z.object({ fileName: z.string(), base64: z.string() })
  },
  /** Electron only: build and save through the native save dialog */
  'memo:saveAs': {
    request: memoRequest.strict(),
    response: z.object({ path: z.string().nullable() })
  },
  /** Electron only: save text (exports) through the native save dialog */
  'file:saveText': {
    request: z.object({ defaultName: z.string().max(500), content: z.string().max(50_000_000) }).strict(),
    response: z.object({ path: z.string().nullable() })
  },
  // ---- law-clinic mode (requests carrying an exercise stay `unknown`: core/clinic validates them in the
  //      handler, which answers every field issue; responses use the core/clinic schemas)
  'exercises:list': { request: z.object({}).strict(), response: z.array(exerciseSummarySchema) },
  'exercises:get': { request: z.object({ id: z.string().min(1).max(200) }).strict(), response: exerciseSchema },
  'exercises:save': { request: z.object({ exercise: z.unknown() }).strict(), response: exerciseSchema },
  'exercises:delete': { request: z.object({ id: z.string().min(1).max(200) }).strict(), response: z.object({ deleted: z.boolean() }) },
  'packs:export': {
    request: z.object({ ids: z.array(z.string().min(1).max(200)).max(1000) }).strict(),
    response: z.object({ fileName: z.string(), content: z.string() })
  },
  'packs:import': {
    request: z.object({ fileName: z.string().max(500), content: z.string().max(50_000_000) }).strict(),
    response: z.object({ imported: z.number().int(), ids: z.array(z.string()) })
  },
  'answers:import': {
    request: z.object({
      fileName: z.string().max(500), content: z.string().max(20_000_000),
      /** for an encrypted export (.bangxin.enc.json) */
      passphrase: z.string().max(1000).optional()
    }).strict(),
    response: answerImportResultSchema
  },
  'answers:list': { request: z.object({ exerciseId: z.string().min(1).max(200) }).strict(), response: z.array(answerListRowSchema) },
  /** anonymised (脱敏) export of a stored matter */
  'matters:anonymize': {
    request: z.object({
      id,
      /** further names to replace (people named without a role word or 某) */
      extraNames: z.array(z.string().min(1).max(100)).max(200).optional()
    }).strict(),
    response: z.object({
      fileName: z.string(),
      content: z.string(),
      /** what was replaced by what, for the user to check before sharing (stays on this machine) */
      replacements: z.array(z.object({ from: z.string(), to: z.string(), kind: z.string() })).optional()
    })
  },
  'settings:get': { request: z.object({}).strict(), response: settingsSchema },
  'settings:set': { request: z.object({ settings: settingsSchema }).strict(), response: settingsSchema },
  /** the data folder's protection: encryption, keystore, passphrase, read-only, locked (docs/security.md) */
  'store:status': { request: z.object({}).strict(), response: storeStatusSchema },
  /** open an encrypted data folder with its passphrase (a machine without a keystore, a moved folder) */
  'store:unlock': { request: z.object({ passphrase: z.string().min(1).max(1000) }).strict(), response: storeStatusSchema },
  /** set or change the passphrase; a plain data folder is encrypted with it (and with the keystore where there is one) */
  'store:setPassphrase': { request: z.object({ passphrase: z.string().min(8).max(1000) }).strict(), response: storeStatusSchema }
} as const

export type IpcContract = typeof ipcContract
export type Channel = keyof IpcContract
export type RequestOf<C extends Channel> = z.infer<IpcContract[C]['request']>
export type ResponseOf<C extends Channel> = z.infer<IpcContract[C]['response']>
export const CHANNELS = Object.keys(ipcContract) as Channel[]

/** Commands the native menu sends to the renderer (main → preload → `window.bangxinMenu.onCommand`). */
export const MENU_COMMANDS = ['newMatter', 'importMatter', 'exportMatter', 'saveMatter', 'openSettings', 'showHelp'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** The API the preload exposes (and the browser host imitates): one named method per channel. */
export type BangxinApi = { [C in Channel as MethodName<C>]: (req: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>> }

type CamelTail<S extends string> = S extends `${infer H}:${infer T}` ? `${H}${Capitalize<T>}` : S
export type MethodName<C extends string> = CamelTail<C>

/** `matters:restoreVersion` → `mattersRestoreVersion` */
export function methodName<C extends Channel>(channel: C): MethodName<C> {
  const [head, tail] = channel.split(':') as [string, string]
  return (head + tail.charAt(0).toUpperCase() + tail.slice(1)) as MethodName<C>
}
