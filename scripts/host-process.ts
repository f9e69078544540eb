// The browser host (scripts/web-host.ts) as a child process, for the scripts that drive Chromium against the real
// main-process services: the keystroke bench and the screenshots. Fresh data folder, port 0 (the host prints the
// port it bound), NODE_ENV=production; stopped with its process group.
import { spawn, type ChildProcess } from 'node:child_process'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')

export function startHost(dataDir: string, staticDir = 'out/web'): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/web-host.ts', '--port', '0', '--data', dataDir, '--static', staticDir], {
    cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' }
  })
  return new Promise((ok, bad) => {
    let out = ''
    const timer = setTimeout(() => bad(new Error('web host did not start in 90 s:\n' + out)), 90_000)
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString()
      const m = /listening on (http:\/\/\S+)/.exec(out)
      if (m?.[1]) { clearTimeout(timer); ok({ url: m[1], child }) }
    })
    child.stderr?.on('data', (b: Buffer) => { out += b.toString() })
    child.once('exit', (code) => { clearTimeout(timer); bad(new Error(`web host exited ${code}:\n${out}`)) })
  })
}

export async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()))
  try { process.kill(-child.pid, 'SIGTERM') } catch { /* gone */ }
  const late = setTimeout(() => { try { if (child.pid) process.kill(-child.pid, 'SIGKILL') } catch { /* gone */ } }, 5000)
  await exited
  clearTimeout(late)
}
