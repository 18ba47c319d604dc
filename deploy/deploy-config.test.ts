import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import {
  chmodSync,
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { ASSET_CACHE_CONTROL, SECURITY_HEADERS } from '../src/app/csp'
import { at, must } from '../src/engine/must'

const read = (file: string) => readFileSync(resolve(process.cwd(), file), 'utf8')
const IMMUTABLE = ASSET_CACHE_CONTROL
const REVALIDATE = 'no-cache'
const expected = Object.entries(SECURITY_HEADERS)

/** `_headers` (Netlify, Cloudflare Pages): a path on its own line, then indented `Name: value`. */
function parseHeadersFile(text: string): Map<string, [string, string][]> {
  const rules = new Map<string, [string, string][]>()
  let current: [string, string][] | undefined
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      current = []
      rules.set(line.trim(), current)
      continue
    }
    const at = line.indexOf(':')
    if (!current || at === -1) throw new Error(`_headers: a header outside a rule: ${line}`)
    current.push([line.slice(0, at).trim(), line.slice(at + 1).trim()])
  }
  return rules
}

const nginxConf = read('deploy/nginx.conf')
/** The server block's `add_header Name "value" [always];` lines. */
const nginxHeaders = [
  ...nginxConf.matchAll(/^\s*add_header\s+([\w-]+)\s+(?:"([^"]*)"|(\S+?))(\s+always)?;/gm),
].map((m) => ({ name: at(m, 1), value: m[2] ?? at(m, 3), always: Boolean(m[4]) }))
/** The `map $uri $cache_control` block, pattern → value. */
const cacheMap = Object.fromEntries(
  [
    ...(/map \$uri \$cache_control \{([^}]*)\}/.exec(nginxConf)?.[1] ?? '').matchAll(
      /^\s*(\S+)\s+"([^"]*)";/gm,
    ),
  ].map((m) => [at(m, 1), at(m, 2)]),
)

describe('the hosts serve the headers of src/app/csp.ts', () => {
  const headersFile = parseHeadersFile(read('public/_headers'))

  it('_headers sends every security header, frame-ancestors included, on every path', () => {
    expect(headersFile.get('/*')).toEqual(expected)
    expect(headersFile.get('/*')?.[0]?.[1]).toContain("frame-ancestors 'none'")
  })

  it('_headers caches hashed assets for a year and revalidates the page and the worker', () => {
    expect(headersFile.get('/assets/*')).toEqual([['Cache-Control', IMMUTABLE]])
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest'])
      expect(headersFile.get(path), path).toEqual([['Cache-Control', REVALIDATE]])
    // Both hosts merge all matching rules: a Cache-Control under /* would join the others.
    const everywhere = headersFile.get('/*') ?? []
    expect(everywhere.map(([name]) => name)).not.toContain('Cache-Control')
    expect([...headersFile.keys()].sort()).toEqual(
      ['/*', '/assets/*', '/', '/index.html', '/sw.js', '/manifest.webmanifest'].sort(),
    )
  })

  it('nginx sends every security header, on errors too (always)', () => {
    const security = nginxHeaders.filter((h) => h.name !== 'Cache-Control')
    expect(security.map((h) => [h.name, h.value])).toEqual(expected)
    expect(security.every((h) => h.always)).toBe(true)
    // Only the server block sets headers: a location with an add_header drops the inherited ones.
    expect(nginxConf.match(/^\s*add_header/gm)).toHaveLength(expected.length + 1)
  })

  it('nginx caches hashed assets for a year and the rest revalidates, as _headers does', () => {
    expect(cacheMap).toEqual({ '~^/assets/': IMMUTABLE, default: REVALIDATE })
    const cache = nginxHeaders.find((h) => h.name === 'Cache-Control')
    expect(cache).toEqual({ name: 'Cache-Control', value: '$cache_control', always: false })
  })

  it('the image is built from the sources alone: .dockerignore leaves out what git ignores', () => {
    const entries = (file: string) =>
      read(file)
        .split('\n')
        .map((line) => line.trim().replace(/^\/|\/$/g, ''))
        .filter((line) => line !== '' && !line.startsWith('#'))
    expect(entries('.dockerignore')).toEqual(
      expect.arrayContaining([...entries('.gitignore'), '.git']),
    )
  })

  it('the Dockerfile serves the build with this nginx configuration', () => {
    const dockerfile = read('Dockerfile')
    expect(dockerfile).toMatch(/^COPY deploy\/nginx\.conf \/etc\/nginx\/nginx\.conf$/m)
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/dist \/usr\/share\/nginx\/html$/m)
    expect(nginxConf).toMatch(/^\s*root \/usr\/share\/nginx\/html;$/m)
    expect(dockerfile).toMatch(/^EXPOSE 8080$/m)
    expect(nginxConf).toMatch(/^\s*listen 8080;$/m)
  })
})

describe('the GitHub Pages workflow', () => {
  const text = read('.github/workflows/pages.yml')

  it("passes GitHub's own workflow parser and schema (@actions/workflow-parser)", async () => {
    const parsed = parseWorkflow({ name: 'pages.yml', content: text }, new NoOperationTraceWriter())
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([])
    const template = await convertWorkflowTemplate(
      parsed.context,
      must(parsed.value, 'the parsed workflow'),
    )
    expect(template.errors ?? []).toEqual([])
    expect(template.jobs.map((job) => job.id.value)).toEqual(['build', 'deploy'])
  })

  it('the parser does reject a broken workflow (the check above can fail)', () => {
    const broken = text.replace('runs-on: ubuntu-latest', 'runs_on: ubuntu-latest')
    const parsed = parseWorkflow(
      { name: 'pages.yml', content: broken },
      new NoOperationTraceWriter(),
    )
    expect(parsed.context.errors.getErrors().length).toBeGreaterThan(0)
  })

  interface Step {
    uses?: string
    run?: string
    with?: Record<string, unknown>
    env?: Record<string, string>
  }
  interface Job {
    needs?: string
    environment?: { name: string }
    steps: Step[]
  }
  const workflow = parseYaml(text) as {
    on: { push: { branches: string[] } }
    permissions: Record<string, string>
    jobs: { build: Job; deploy: Job }
  }
  const uses = (job: Job, action: string) => job.steps.find((s) => s.uses?.startsWith(`${action}@`))

  it('builds on a push to main, then uploads dist/ and deploys it with the Pages permissions', () => {
    expect(workflow.on.push.branches).toEqual(['main'])
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' })
    const { build, deploy } = workflow.jobs
    const run = build.steps.map((s) => s.run ?? '')
    expect(run.indexOf('npm ci --no-audit --no-fund')).toBeLessThan(run.indexOf('npm run build'))
    expect(uses(build, 'actions/setup-node')?.with).toMatchObject({ 'node-version': 20 })
    expect(uses(build, 'actions/upload-pages-artifact')?.with).toEqual({ path: 'dist' })
    expect(deploy.needs).toBe('build')
    expect(deploy.environment?.name).toBe('github-pages')
    expect(uses(deploy, 'actions/deploy-pages')).toBeDefined()
  })

  it('gives the build the site address for absolute link-preview URLs', () => {
    const build = workflow.jobs.build.steps.find((s) => s.run === 'npm run build')
    expect(build?.env?.SITE_URL).toBe('${{ steps.pages.outputs.base_url }}/')
    expect(
      workflow.jobs.build.steps.find((s) => s.uses?.startsWith('actions/configure-pages@')),
    ).toMatchObject({ id: 'pages' })
  })
})

/** nginx's binary, or null (the real-server checks then skip, saying why). */
function findNginx(): string | null {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    try {
      execFileSync(candidate, ['-v'], { stdio: 'ignore' })
      return candidate
    } catch {
      // not this one
    }
  }
  return null
}

const nginx = findNginx()
if (!nginx)
  console.info('deploy-config.test.ts: nginx is not installed; skipping the real-server checks')

const freePort = () =>
  new Promise<number>((ok, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => ok(typeof address === 'object' && address ? address.port : 0))
    })
  })

describe.skipIf(!nginx)('deploy/nginx.conf in a real nginx', () => {
  let dir = ''
  let origin = ''
  let server: ChildProcess | undefined
  /** The same configuration, moved: its own port, pid file and a small site of its own. */
  function localConfig(port: number): string {
    const swaps: [string, string][] = [
      ['listen 8080;', `listen 127.0.0.1:${port};`],
      ['root /usr/share/nginx/html;', `root ${join(dir, 'site')};`],
      ['pid /tmp/nginx.pid;', `pid ${join(dir, 'nginx.pid')};`],
    ]
    return swaps.reduce((conf, [from, to]) => {
      expect(conf.split(from), from).toHaveLength(2)
      return conf.replace(from, to)
    }, nginxConf)
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nginx-'))
    const site = join(dir, 'site')
    mkdirSync(join(site, 'assets'), { recursive: true })
    const files: Record<string, string> = {
      'index.html': '<!doctype html><title>t</title>',
      'sw.js': 'self.addEventListener("fetch", () => {})',
      'robots.txt': 'User-agent: *\nAllow: /\n',
      'manifest.webmanifest': '{"name":"t"}',
      'assets/index-AbC123.js': 'export {}',
      'assets/index-AbC123.css': 'body{}',
    }
    for (const [file, body] of Object.entries(files)) writeFileSync(join(site, file), body)
    // Workers run as an unprivileged user: let them read the site.
    for (const d of [dir, site, join(site, 'assets')]) chmodSync(d, 0o755)
    const port = await freePort()
    origin = `http://127.0.0.1:${port}`
    const conf = join(dir, 'nginx.conf')
    writeFileSync(conf, localConfig(port))
    // nginx logs to /dev/stdout and /dev/stderr, which cannot be opened on Node's pipes
    // (sockets): give it a file.
    const log = join(dir, 'nginx.log')
    const logFd = openSync(log, 'a')
    const stdio: ['ignore', number, number] = ['ignore', logFd, logFd]
    try {
      execFileSync(must(nginx, 'nginx'), ['-t', '-q', '-p', dir, '-c', conf], { stdio })
    } catch {
      throw new Error(`nginx -t refused the configuration:\n${readFileSync(log, 'utf8')}`)
    }
    server = spawn(must(nginx, 'nginx'), ['-p', dir, '-c', conf, '-g', 'daemon off;'], { stdio })
    closeSync(logFd)
    for (let tries = 0; ; tries++) {
      try {
        await fetch(origin)
        break
      } catch (error) {
        if (tries > 50) throw error
        await new Promise((ok) => setTimeout(ok, 100))
      }
    }
  })

  afterAll(() => {
    server?.kill('SIGQUIT')
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it.each([
    ['/', 'text/html', REVALIDATE],
    ['/index.html', 'text/html', REVALIDATE],
    ['/sw.js', 'application/javascript', REVALIDATE],
    ['/manifest.webmanifest', 'application/manifest+json', REVALIDATE],
    ['/robots.txt', 'text/plain', REVALIDATE],
    ['/assets/index-AbC123.js', 'application/javascript', IMMUTABLE],
    ['/assets/index-AbC123.css', 'text/css', IMMUTABLE],
  ])('%s: %s, Cache-Control %s, every security header', async (path, type, cache) => {
    const response = await fetch(`${origin}${path}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain(type)
    expect(response.headers.get('cache-control')).toBe(cache)
    for (const [name, value] of expected) expect(response.headers.get(name), name).toBe(value)
  })

  it('a missing file is a 404 with the security headers and no long-lived caching', async () => {
    const response = await fetch(`${origin}/assets/gone-Xyz.js`)
    expect(response.status).toBe(404)
    expect(response.headers.get('cache-control')).toBeNull()
    for (const [name, value] of expected) expect(response.headers.get(name), name).toBe(value)
  })
})
