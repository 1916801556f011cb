import { expect, test } from '@playwright/test'
import { openSandbox } from './support/fixture-run'
import { runAndWaitForTrace, setProgram, stepUntil } from './support/sandbox'

// The learner's journeys of issue 6 on the real simulator (no fixtures here).
const MAKE_CYCLE = `import gc

def make_cycle():
    l = []
    l.append(l)

for i in range(3):
    make_cycle()
print("collected", gc.collect())
`

test.describe('sandbox journeys on the simulator', () => {
  test('make_cycle: step back and forth and see the refcount badges change', async ({ page }) => {
    await openSandbox(page)
    await setProgram(page, MAKE_CYCLE)
    await runAndWaitForTrace(page)
    await expect(page.getByTestId('stdout')).toHaveText('collected 3')
    const graph = page.getByTestId('graph-nodes')
    // l = []: one name refers to the list.
    await stepUntil(page, graph.getByText(/^list \[\] · refcnt 1/))
    // l.append(l): the list refers to itself as well.
    await stepUntil(page, graph.getByText(/^list \[\[\.\.\.\]\] · refcnt 2/))
    await expect(page.locator('.cm-trace-line')).toBeVisible()
    await page.getByRole('button', { name: 'Step back' }).click()
    await expect(graph.getByText(/^list \[\[\.\.\.\]\] · refcnt 2/)).toHaveCount(0)
    await page.getByRole('button', { name: 'Step forward' }).click()
    await expect(graph.getByText(/^list \[\[\.\.\.\]\] · refcnt 2/)).toHaveCount(1)
    // Details: the references that make up the count.
    await page.getByRole('tab', { name: 'Objects' }).click()
    // exact: a real run also has a list_iterator (the for loop's), whose name contains 'list'.
    await page.getByTestId('object-table').getByRole('button', { name: 'list', exact: true }).first().click()
    await expect(page.getByTestId('referrers')).toContainText('name l in make_cycle')
    await expect(page.getByTestId('referrers')).toContainText('via [0]')
  })

  test('gc.collect() marks the cycles unreachable and removes them; blocks return to a pool', async ({
    page,
  }) => {
    await openSandbox(page)
    await setProgram(page, MAKE_CYCLE)
    await runAndWaitForTrace(page)
    const graph = page.getByTestId('graph-nodes')
    // CPython 3.12 runs an automatic collection as this program starts (start-up and compiling it push
    // generation 0 past 700; gc.get_stats() shows it), then gc.collect() collects generation 2.
    await page.getByRole('button', { name: 'Next collection' }).click()
    await expect(page.getByTestId('step-description')).toContainText('Collection of generation 0')
    await page.getByRole('button', { name: 'Next collection' }).click()
    await expect(page.getByTestId('step-description')).toContainText('Collection of generation 2')
    await page.getByRole('tab', { name: 'Allocator' }).click()
    const pools = page.locator('[data-testid^="pool-"]')
    await expect(pools.first()).toBeVisible()
    const before = await pools.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
    await stepUntil(page, graph.getByText(/^list .*gc_refs 0 · unreachable$/), 3)
    await page.getByRole('tab', { name: 'GC' }).click()
    await expect(page.getByTestId('gc-phase')).toBeVisible()
    await page.getByRole('button', { name: 'Go to the last step' }).click()
    await expect(graph.getByText(/^list/)).toHaveCount(0)
    await expect(page.getByTestId('gc-log')).toContainText('3 unreachable')
    // Some pool holds fewer blocks in use after the collection than before it.
    await page.getByRole('tab', { name: 'Allocator' }).click()
    const after = await pools.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
    const inUse = (label: string) => Number(/(\d+) of \d+ blocks in use/.exec(label)?.[1] ?? 0)
    expect(after.some((label, i) => inUse(label) < inUse(before[i] ?? ''))).toBe(true)
  })

  test('a syntax error is shown with its line and column, and the line is marked', async ({ page }) => {
    await openSandbox(page)
    await setProgram(page, 'x = 1\ny = (1 +\nprint(x)\n')
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect(page.getByTestId('run-error')).toContainText(/^SyntaxError at line \d+, column \d+/)
    await expect(page.locator('.cm-error-line')).toHaveCount(1)
  })

  test('a runaway program is stopped by Cancel and by the step budget, and the lab keeps working', async ({
    page,
  }) => {
    await openSandbox(page)
    await setProgram(page, 'while True:\n    pass\n')
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect(page.getByText('Running…')).toBeVisible()
    await page.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByTestId('stop-message')).toContainText('Stopped: Cancelled')
    await expect(page.getByTestId('stop-message')).toContainText('You cancelled the run.')

    await page.getByLabel('Step budget').selectOption('10000')
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect(page.getByTestId('stop-message')).toContainText('Stopped: StepBudgetExceeded', {
      timeout: 30_000,
    })
    await expect(page.getByTestId('stop-message')).toContainText('step budget')

    await setProgram(page, 'print("still here")\n')
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect(page.getByTestId('stdout')).toHaveText('still here')
  })

  test('a runaway program is stopped by the time limit and by the memory cap, with the message shown', async ({
    page,
  }) => {
    await openSandbox(page)
    // Each iteration is slow (a 4,000-item list), so the time limit ends it long before the step budget.
    await setProgram(page, 'while True:\n    x = [0] * 4000\n')
    await page.getByLabel('Time limit').selectOption('1')
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect(page.getByTestId('stop-message')).toContainText('Stopped: TimeBudgetExceeded', {
      timeout: 30_000,
    })
    await expect(page.getByTestId('stop-message')).toContainText('ran out of time')

    await page.getByLabel('Time limit').selectOption('')
    await setProgram(page, 'l = []\nwhile True:\n    l.append(l[:])\n')
    await page.getByLabel('Memory cap').selectOption('16')
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect(page.getByTestId('stop-message')).toContainText('Stopped: MemoryBudgetExceeded', {
      timeout: 30_000,
    })
    await expect(page.getByTestId('stop-message')).toContainText('more simulated memory than allowed')

    await setProgram(page, 'print("still here")\n')
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect(page.getByTestId('stdout')).toHaveText('still here')
  })

  test('compares profiles on the function-call refcount program', async ({ page }) => {
    await openSandbox(page)
    await page.getByRole('navigation').getByRole('button', { name: 'Compare profiles' }).click()
    await setProgram(
      page,
      'import sys\n\ndef show(obj):\n    print(sys.getrefcount(obj))\n\nx = []\nshow(x)\n',
    )
    await page.getByRole('button', { name: 'Run on all profiles' }).click()
    await expect(page.getByTestId('compare-summary')).toContainText('1 line differs', { timeout: 30_000 })
    const row = page.locator('tr[data-differs="true"]')
    await expect(row.locator('td')).toHaveText(['4', '4', '3', '3'])
  })

  test('switches the sandbox to Chinese, graph labels included', async ({ page }) => {
    await openSandbox(page)
    await setProgram(page, MAKE_CYCLE)
    await runAndWaitForTrace(page)
    // The first step of a real run is line 1 with nothing allocated yet: step to the first object.
    await stepUntil(
      page,
      page
        .getByTestId('graph-nodes')
        .getByText(/refcnt/)
        .first(),
    )
    await page.getByLabel('Language').selectOption('zh-CN')
    await expect(page.getByRole('button', { name: '运行', exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: '后退一步' })).toBeVisible()
    await expect(page.getByRole('tab', { name: '垃圾回收' })).toBeVisible()
    await expect(page.getByTestId('trace-position')).toContainText('共')
    await expect(page.getByTestId('graph-nodes')).toContainText('引用计数')
  })
})
