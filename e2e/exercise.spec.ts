import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'

// The exercise journey in web mode: open the built-in pack, predict wrongly then rightly, see the
// score, the right answer and the explanation; the progress is still there after a server restart.
// And an author's pack folder with one broken exercise: its problems show, the other one works.

const DATA_DIR = process.env.PYMEM_LAB_DATA_DIR ?? 'test-results/lab-data'
const LEARNER = 'e2e-exercise'

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => done(port))
    })
  })
}

/** A second lab server on the same data folder, as after a restart. */
async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['out/main/web.js', '--port', String(port)], {
    env: { ...process.env, PYMEM_LAB_DATA_DIR: DATA_DIR },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error('the second server did not start')), 20_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('serving')) {
        clearTimeout(timer)
        done()
      }
    })
    child.once('exit', (code) => fail(new Error(`the second server exited with ${code}`)))
  })
  return child
}

async function openExercises(page: Page, baseURL = '/'): Promise<void> {
  await page.addInitScript((learner) => {
    window.localStorage.setItem('pymem-lab.locale', 'en')
    window.localStorage.setItem('pymem-lab.learner', learner)
  }, LEARNER)
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(baseURL)
  await page
    .getByRole('navigation', { name: 'Main sections' })
    .getByRole('button', { name: 'Exercises' })
    .click()
}

test.describe('exercises', () => {
  test('predict wrongly, then rightly; the progress survives a restart', async ({ page, request }) => {
    // Start from a clean slate for this learner (the running server holds the data folder open).
    await request.post('/rpc/resetProgress', { data: { learner: LEARNER, confirm: true } })
    await openExercises(page)
    const packs = page.getByRole('navigation', { name: 'Exercise packs' })
    await expect(packs.getByRole('heading', { name: /the core course/ })).toBeVisible()
    await packs.getByRole('button', { name: /What raises and lowers a reference count/ }).click()
    await expect(
      page.getByRole('heading', { level: 2, name: 'What raises and lowers a reference count' }),
    ).toBeVisible()
    // The program is shown read-only, with the checkpoints marked.
    await expect(page.locator('.exercise-code [data-checkpoint="after"]').first()).toBeVisible()
    await expect(page.getByRole('button', { name: 'Run and watch' })).toBeDisabled()

    const question = page.locator('[data-question="count-after-box"]')
    await expect(question).toContainText('After line 4, what does sys.getrefcount(data) return?')
    await expect(question).toContainText('3 attempts left')
    await question.getByLabel('Your answer').fill('4')
    await question.getByRole('button', { name: 'Check' }).click()
    const verdict = question.getByTestId('verdict')
    await expect(verdict).toContainText('Not right')
    await expect(verdict.getByTestId('verdict-score')).toHaveText('Score 0%')
    await expect(verdict.getByTestId('verdict-hint')).toContainText('Count them: the name data')
    await expect(verdict).toContainText('2 attempts left')
    await expect(verdict.getByTestId('verdict-right')).toHaveCount(0)

    await question.getByRole('button', { name: 'Retry' }).click()
    await question.getByLabel('Your answer').fill('5')
    await question.getByRole('button', { name: 'Check' }).click()
    await expect(verdict).toContainText('Right')
    await expect(verdict.getByTestId('verdict-score')).toHaveText('Score 100%')
    await expect(verdict.getByTestId('verdict-right')).toContainText('5')
    await expect(verdict.getByTestId('verdict-explanation')).toContainText(
      'Two names plus the two items of box make 4 references',
    )
    await expect(verdict).toContainText('getrefcount(x) counts one more than the references you can see')

    // The multiple-choice question: partial credit shows as a percentage.
    const choice = page.locator('[data-question="raises"]')
    await choice.getByLabel('y = x').check()
    await choice.getByRole('button', { name: 'Check' }).click()
    await expect(choice.getByTestId('verdict-score')).toHaveText(/Score \d+%/)
    await expect(choice.getByTestId('verdict')).toContainText('Partly right')

    // Answer the rest, then run and watch the heap at the first checkpoint.
    for (const [id, value] of [
      ['count-after-pop', '3'],
      ['count-in-box', '2'],
    ] as const) {
      const q = page.locator(`[data-question="${id}"]`)
      await q.getByLabel('Your answer').fill(value)
      await q.getByRole('button', { name: 'Check' }).click()
      await expect(q.getByTestId('verdict')).toContainText('Right')
    }
    await page.getByRole('button', { name: 'Run and watch' }).click()
    await expect(page.getByTestId('exercise-at')).toHaveText('The heap at “After line 4”')
    // "After line 4" is where line 5 starts: data is held by two names and box's two slots.
    await expect(page.getByTestId('trace-position')).toContainText('line 5')
    await expect(page.getByTestId('graph-nodes')).toContainText('refcnt 4')
    await expect(
      page.getByRole('region', { name: 'Heap graph' }).getByTestId('heap-graph-canvas'),
    ).toBeVisible()

    await page
      .getByRole('navigation', { name: 'Main sections' })
      .getByRole('button', { name: 'Progress' })
      .click()
    const row = page.locator('.progress-table tr[data-question="count-after-box"]')
    await expect(row).toContainText('2')
    await expect(row).toContainText('right')

    // A restart: a new server process on the same data folder still has the progress.
    const port = await freePort()
    const second = await startServer(port)
    try {
      const fresh = await page.context().newPage()
      await openExercises(fresh, `http://127.0.0.1:${port}/`)
      await fresh
        .getByRole('navigation', { name: 'Main sections' })
        .getByRole('button', { name: 'Progress' })
        .click()
      const again = fresh.locator('.progress-table tr[data-question="count-after-box"]')
      await expect(again).toContainText('What raises and lowers a reference count')
      await expect(again.locator('td').nth(3)).toHaveText('2')
      await expect(again).toContainText('right')
      await expect(again).toContainText('100%')
      // Coming back to the exercise, the attempts already used are counted.
      await fresh
        .getByRole('navigation', { name: 'Main sections' })
        .getByRole('button', { name: 'Exercises' })
        .click()
      await fresh.getByRole('button', { name: /What raises and lowers a reference count/ }).click()
      await expect(fresh.getByRole('navigation', { name: 'Exercise packs' })).toContainText(
        '3 of 4 questions solved',
      )
      await fresh.close()
    } finally {
      second.kill('SIGTERM')
    }
  })

  test('an opened pack folder shows a broken exercise with file:line:column, and the other one works', async ({
    page,
  }) => {
    const dir = resolve('test-results/e2e-broken-pack')
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      `${dir}/pack.yaml`,
      [
        'id: e2e-broken',
        'version: 1.0.0',
        'title: { zh: 测试练习包, en: A test pack }',
        'languages: [zh, en]',
        "profile: '3.12'",
        'exercises: [good, broken]',
        '',
      ].join('\n'),
    )
    const exercise = (id: string, checkpointLine: number) =>
      [
        `id: ${id}`,
        `title: { zh: 练习 ${id}, en: Exercise ${id} }`,
        'code: |',
        '  import sys',
        '  a = []',
        '  b = a',
        'checkpoints:',
        '  - id: here',
        `    after: ${checkpointLine}`,
        '    questions:',
        '      - id: count',
        '        kind: refcount',
        '        expression: a',
        '        prompt: { zh: 计数是多少?, en: What is the count? }',
        '',
      ].join('\n')
    writeFileSync(`${dir}/good.yaml`, exercise('good', 3))
    writeFileSync(`${dir}/broken.yaml`, exercise('broken', 42))

    await page.addInitScript(() => window.localStorage.setItem('pymem-lab.locale', 'en'))
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.goto('/')
    await page
      .getByRole('navigation', { name: 'Main sections' })
      .getByRole('button', { name: 'Exercises' })
      .click()
    await page.getByLabel('Pack folder or .zip (absolute path)').fill(dir)
    await page.getByRole('button', { name: 'Open', exact: true }).click()

    const packs = page.getByRole('navigation', { name: 'Exercise packs' })
    await expect(packs.getByRole('heading', { name: /A test pack/ })).toBeVisible()
    await expect(packs.getByRole('button', { name: /broken/ })).toContainText('has errors')
    await packs.getByRole('button', { name: /broken/ }).click()
    await expect(page.getByTestId('pack-problems')).toContainText(/broken\.yaml:\d+:\d+: .*line/)

    // The other exercise of the pack works.
    await packs.getByRole('button', { name: /Exercise good/ }).click()
    const question = page.locator('[data-question="count"]')
    await question.getByLabel('Your answer').fill('3')
    await question.getByRole('button', { name: 'Check' }).click()
    await expect(question.getByTestId('verdict-score')).toHaveText('Score 100%')

    // The author fixes the file: the lab notices within a poll or two.
    writeFileSync(`${dir}/broken.yaml`, exercise('broken', 2))
    await expect(packs.getByRole('button', { name: /broken/ })).not.toContainText('has errors', {
      timeout: 8000,
    })
  })

  test('pack text is sanitised again in the window: nothing in it runs', async ({ page }) => {
    // The service never sends raw HTML; pretend it did, and check DOMPurify in the real browser.
    await page.route('**/rpc/loadPack', async (route) => {
      const response = await route.fetch()
      const body = (await response.json()) as {
        result: { exercises: { intro: { html: Record<string, string> } }[] }
      }
      body.result.exercises[0].intro.html.en =
        '<p>Injected <code>code</code><img src="x" onerror="window.pwned = 1"><script>window.pwned = 2</script>' +
        '<a href="javascript:window.pwned = 3">link</a></p>'
      await route.fulfill({ response, json: body })
    })
    await openExercises(page)
    await page.getByRole('button', { name: /What raises and lowers a reference count/ }).click()
    const intro = page.locator('.exercise-intro')
    await expect(intro).toContainText('Injected code')
    await expect(intro.locator('img, script')).toHaveCount(0)
    await expect(intro.locator('a')).not.toHaveAttribute('href', /javascript/)
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
  })
})
