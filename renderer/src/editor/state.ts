// Editor state: the matter document, an undo/redo stack over whole documents, validation with the
// store's zod schema, and debounced autosave (only valid documents are ever sent to the store).
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore } from 'react'
import { validateMatter, type FieldIssue, type MatterDocument } from '../../../core/matter/schema'
import { call, errorText } from '../api'
import { inLanguage } from '../i18n/language'
import { getIn, pathString, setIn, type Path } from '../paths'

export type SaveState = 'saved' | 'pending' | 'saving' | 'invalid' | 'error'

interface History {
  doc: MatterDocument
  past: MatterDocument[]
  future: MatterDocument[]
  /** key of the last edit, to merge a burst of keystrokes on one field into one undo step */
  lastKey: string | null
  lastAt: number
}

type Action =
  | { type: 'set'; path: Path; value: unknown; at: number }
  | { type: 'replace'; doc: MatterDocument; at: number }
  | { type: 'load'; doc: MatterDocument }
  | { type: 'undo' }
  | { type: 'redo' }

const MERGE_MS = 1000
const MAX_UNDO = 200

function reducer(s: History, a: Action): History {
  switch (a.type) {
    case 'load':
      return { doc: a.doc, past: [], future: [], lastKey: null, lastAt: 0 }
    case 'set': {
      const key = pathString(a.path)
      const doc = setIn(s.doc, a.path, a.value)
      if (doc === s.doc) return s
      const merge = s.lastKey === key && a.at - s.lastAt < MERGE_MS && s.past.length > 0
      const past = merge ? s.past : [...s.past, s.doc].slice(-MAX_UNDO)
      return { doc, past, future: [], lastKey: key, lastAt: a.at }
    }
    case 'replace':
      return { doc: a.doc, past: [...s.past, s.doc].slice(-MAX_UNDO), future: [], lastKey: null, lastAt: a.at }
    case 'undo': {
      const prev = s.past[s.past.length - 1]
      if (!prev) return s
      return { doc: prev, past: s.past.slice(0, -1), future: [s.doc, ...s.future], lastKey: null, lastAt: 0 }
    }
    case 'redo': {
      const next = s.future[0]
      if (!next) return s
      return { doc: next, past: [...s.past, s.doc], future: s.future.slice(1), lastKey: null, lastAt: 0 }
    }
  }
}

export interface EditorApi {
  doc: MatterDocument
  set: (path: Path, value: unknown) => void
  replace: (doc: MatterDocument) => void
  undo: () => void
  redo: () => void
  canUndo: boolean
  canRedo: boolean
  issues: FieldIssue[]
  issuesByPath: Map<string, string[]>
  /** the last document that passed validation (what the analysis shows) */
  lastValid: MatterDocument | null
  saveState: SaveState
  saveError: string | null
  revision: number
  /** save now if there is anything unsaved and valid */
  flush: () => Promise<void>
  /** stable handle for fields: they subscribe to their own value, so a keystroke re-renders one field */
  fields: FieldStore
}

export interface FieldStore {
  subscribe: (listener: () => void) => () => void
  getDoc: () => MatterDocument
  /** the issues of one path, joined, or '' */
  getIssues: (path: string) => string
  set: (path: Path, value: unknown) => void
  replace: (doc: MatterDocument) => void
}

const AUTOSAVE_MS = 500

export function useMatterEditor(id: string, initial: MatterDocument, initialRevision: number): EditorApi {
  const [h, dispatch] = useReducer(reducer, { doc: initial, past: [], future: [], lastKey: null, lastAt: 0 })
  const [saveState, setSaveState] = useState<SaveState>('saved')
  const [saveError, setSaveError] = useState<string | null>(null)
  const [revision, setRevision] = useState(initialRevision)
  const savedDoc = useRef<MatterDocument>(initial)
  const revisionRef = useRef(initialRevision)
  const saving = useRef<Promise<void> | null>(null)
  const latest = useRef<MatterDocument>(initial)
  latest.current = h.doc

  const validation = useMemo(() => validateMatter(h.doc), [h.doc])
  // the schema's messages are bilingual; the form shows the UI's language only
  const issues = useMemo(
    () => (validation.ok ? [] : validation.issues.map((i) => ({ path: i.path, message: inLanguage(i.message) }))),
    [validation]
  )
  const issuesByPath = useMemo(() => {
    const m = new Map<string, string[]>()
    for (const i of issues) m.set(i.path, [...(m.get(i.path) ?? []), i.message])
    return m
  }, [issues])
  const lastValidRef = useRef<MatterDocument | null>(validateMatter(initial).ok ? initial : null)
  if (validation.ok) lastValidRef.current = h.doc

  const doSave = useCallback(async (): Promise<void> => {
    if (saving.current) await saving.current
    const doc = latest.current
    if (doc === savedDoc.current) {
      setSaveState('saved')
      return
    }
    if (!validateMatter(doc).ok) {
      setSaveState('invalid')
      return
    }
    setSaveState('saving')
    const p = (async () => {
      try {
        const summary = await call('matters:save', { id, document: doc, baseRevision: revisionRef.current })
        savedDoc.current = doc
        revisionRef.current = summary.revision
        setRevision(summary.revision)
        setSaveError(null)
        setSaveState(latest.current === doc ? 'saved' : 'pending')
      } catch (e) {
        setSaveError(errorText(e))
        setSaveState('error')
      }
    })()
    saving.current = p
    await p
    saving.current = null
  }, [id])

  useEffect(() => {
    if (h.doc === savedDoc.current) {
      setSaveState((s) => (s === 'saving' ? s : 'saved'))
      return
    }
    if (!validation.ok) {
      setSaveState('invalid')
      return
    }
    setSaveState('pending')
    const timer = setTimeout(() => void doSave(), AUTOSAVE_MS)
    return () => clearTimeout(timer)
  }, [h.doc, validation.ok, doSave])

  const set = useCallback((path: Path, value: unknown) => dispatch({ type: 'set', path, value, at: Date.now() }), [])
  const replaceDoc = useCallback((doc: MatterDocument) => dispatch({ type: 'replace', doc, at: Date.now() }), [])

  // subscription store for the fields
  const docRef = useRef(h.doc)
  const issuesRef = useRef(issuesByPath)
  const listeners = useRef(new Set<() => void>())
  useLayoutEffect(() => {
    docRef.current = h.doc
    issuesRef.current = issuesByPath
    for (const l of listeners.current) l()
  }, [h.doc, issuesByPath])
  const fields = useMemo<FieldStore>(() => ({
    subscribe: (l) => {
      listeners.current.add(l)
      return () => listeners.current.delete(l)
    },
    getDoc: () => docRef.current,
    getIssues: (path) => issuesRef.current.get(path)?.join('；') ?? '',
    set,
    replace: replaceDoc
  }), [set, replaceDoc])
  const replace = replaceDoc
  const undo = useCallback(() => dispatch({ type: 'undo' }), [])
  const redo = useCallback(() => dispatch({ type: 'redo' }), [])

  return {
    doc: h.doc, set, replace, undo, redo,
    canUndo: h.past.length > 0, canRedo: h.future.length > 0,
    issues, issuesByPath, lastValid: lastValidRef.current,
    saveState, saveError, revision, flush: doSave, fields
  }
}

export const EditorContext = createContext<FieldStore | null>(null)
export function useFieldStore(): FieldStore {
  const e = useContext(EditorContext)
  if (!e) throw new Error('useFieldStore outside EditorContext')
  return e
}

/** The value at a path of the document; re-renders only when that value changes. */
export function useFieldValue(path: Path): unknown {
  const store = useFieldStore()
  return useSyncExternalStore(store.subscribe, () => getIn(store.getDoc(), path))
}

/** The schema's messages for one path, joined ('' when none). */
export function useFieldIssues(path: Path): string {
  const store = useFieldStore()
  const key = pathString(path)
  return useSyncExternalStore(store.subscribe, () => store.getIssues(key))
}
