// npm run store -- <data-dir> <command> [options]   — the matter store from the command line (docs/security.md)
//   status                          plain or encrypted, read-only, number of matters
//   list                            id, revision, title of every matter
//   export <id> --out <file>        the matter as .bangxin.json (plain), or sealed with --encrypt (passphrase from
//                                   BANGXIN_EXPORT_PASSPHRASE or --export-passphrase-file)
//   encrypt                         encrypt a plain store with the passphrase (every file sealed in place)
//   passphrase --new-passphrase-file <file>   set or change the passphrase of an encrypted store
// An encrypted store is opened with BANGXIN_PASSPHRASE or the first line of --passphrase-file <file>.
// Exit 0 ok, 1 usage/IO error, 3 locked (wrong or missing passphrase).
import { readFileSync, writeFileSync } from 'node:fs'
import { closeStores, MatterStore, passphraseFrom } from '../../electron/main/store'
import { nodeFs } from '../../electron/main/store/io'
import { setPassphrase, unlock } from '../../electron/main/store/keyring'
import { IpcFailure } from '../../electron/main/services/errors'
import { CliError, parseArgs, runCli } from './common'

const USAGE = '用法 / usage: npm run store -- <data-dir> status|list|export <id> --out <file> [--encrypt]|encrypt|passphrase --new-passphrase-file <file> [--passphrase-file <file>]'
const firstLine = (f: string): string => {
  try {
    return readFileSync(f, 'utf-8').split(/\r?\n/)[0] ?? ''
  } catch {
    throw new CliError(`无法读取口令文件 ${f} / cannot read the passphrase file`)
  }
}

await runCli(USAGE, async () => {
  const argv = process.argv.slice(2)
  const args = parseArgs(argv, ['help', 'encrypt'], ['out', 'passphrase-file', 'export-passphrase-file', 'new-passphrase-file'])
  if (args.flags.has('help')) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const [dir, cmd, id] = args.positional
  if (!dir || !cmd) throw new CliError('需要数据文件夹和命令 / a data folder and a command are required')
  const passphrase = passphraseFrom(argv, process.env, firstLine)
  try {
    if (cmd === 'encrypt' && !passphrase) throw new CliError('加密需要口令（BANGXIN_PASSPHRASE 或 --passphrase-file） / a passphrase is required')
    const store = await MatterStore.open(dir, { keys: { ...(passphrase ? { passphrase } : {}), encryptNew: cmd === 'encrypt' } })
    try {
      if (cmd === 'status' || cmd === 'encrypt') {
        process.stdout.write(`${store.encrypted ? '已加密 / encrypted' : '未加密 / plain'}${store.readOnly ? '，只读 / read-only' : ''}；案件 ${store.list().length} 件 / matters\n`)
      } else if (cmd === 'list') {
        for (const s of store.list()) process.stdout.write(`${s.id}\t${s.revision}\t${s.corrupt ? '[损坏/corrupt] ' : ''}${s.title}\n`)
      } else if (cmd === 'export') {
        const out = args.flags.get('out')
        if (!id || typeof out !== 'string') throw new CliError('export 需要案件编号和 --out <文件> / export needs an id and --out <file>')
        let exportPass: string | undefined
        if (args.flags.has('encrypt')) {
          const f = args.flags.get('export-passphrase-file')
          exportPass = typeof f === 'string' ? firstLine(f) : process.env.BANGXIN_EXPORT_PASSPHRASE
          if (!exportPass) throw new CliError('--encrypt 需要导出口令（BANGXIN_EXPORT_PASSPHRASE 或 --export-passphrase-file） / an export passphrase is required')
        }
        const r = await store.exportFile(id, exportPass)
        writeFileSync(out, r.content, { mode: 0o600 })
        process.stdout.write(`已导出 / written: ${out}\n`)
      } else if (cmd === 'passphrase') {
        const f = args.flags.get('new-passphrase-file')
        if (typeof f !== 'string') throw new CliError('需要 --new-passphrase-file <文件> / --new-passphrase-file is required')
        const u = await unlock(nodeFs, dir, passphrase ? { passphrase } : {}, { readOnly: true })
        if (!u) throw new CliError('存储未加密，请先运行 encrypt / the store is not encrypted; run encrypt first')
        await setPassphrase(nodeFs, dir, u.key, firstLine(f))
        process.stdout.write('口令已更新 / passphrase changed\n')
      } else {
        throw new CliError(`未知命令 ${cmd} / unknown command`)
      }
    } finally {
      await store.close()
    }
  } catch (e) {
    if (e instanceof IpcFailure) throw new CliError(`${e.message}`, e.code === 'LOCKED' ? 3 : 1)
    throw e
  } finally {
    await closeStores()
  }
}, () => undefined)
