import { expect, test } from '@playwright/test'
import { openSandbox, serveFixtureTrace } from './support/fixture-run'

// The views on a hand-made make_cycle trace (see e2e/support/fixture-run.ts): these check the lab's
// screens independently of the simulator's progress.
test.describe('views on a fixture trace', () => {
  test('steps through make_cycle: refcounts change, the collector marks the cycle and frees it, blocks return', async ({
    page,
  }) => {
    await serveFixtureTrace(page)
    await openSandbox(page)
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    const position = page.getByTestId('trace-position')
    await expect(position).toContainText('Step 1 of')

    // The graph's text alternative: one item per drawn node, with the label the canvas shows.
    const graph = page.getByTestId('graph-nodes')
    // Jump to line 5 (l.append(l)) then step once: the list now holds itself, refcount 2.
    await page.getByLabel('Line', { exact: true }).fill('5')
    await page.getByRole('button', { name: 'Jump to line' }).click()
    await expect(position).toContainText('line 5')
    await page.keyboard.press('ArrowRight')
    await expect(graph.getByText('list [[...]] · refcnt 2 · gen 0')).toHaveCount(1)
    await expect(page.locator('.cm-trace-line')).toHaveText('    l.append(l)')
    // Stepping back undoes it.
    await page.getByRole('button', { name: 'Step back' }).click()
    await expect(graph.getByText('list [] · refcnt 1 · gen 0')).toHaveCount(1)
    await expect(graph.getByText(/refcnt 2/)).toHaveCount(0)

    // Details: the referrers that make up the refcount.
    await page.keyboard.press('ArrowRight')
    await page.getByRole('tab', { name: 'Objects' }).click()
    await expect(
      page.getByTestId('object-table').locator('tr[data-object-type="list"] td[data-col="refcnt"]'),
    ).toHaveText('2')
    await page.getByTestId('object-table').getByRole('button', { name: 'list' }).click()
    await expect(page.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByTestId('referrers')).toContainText('name l in make_cycle')
    await expect(page.getByTestId('referrers')).toContainText('list [[...]] via [0]')
    await expect(page.getByTestId('object-details')).toContainText('model-only')

    // The collection: phase by phase, the three lists become unreachable, then are freed.
    await page.getByRole('button', { name: 'Next collection' }).click()
    await expect(page.getByTestId('step-description')).toContainText('copy refcounts into gc_refs')
    await page.getByRole('tab', { name: 'GC' }).click()
    await expect(page.getByTestId('gc-phase')).toContainText('copy refcounts into gc_refs')
    // (Arrow keys on a focused tab switch tabs, so step with the button here.)
    await page.getByRole('button', { name: 'Step forward' }).click()
    await page.getByRole('button', { name: 'Step forward' }).click()
    await expect(page.getByTestId('gc-phase')).toContainText('move unreachable objects aside')
    await expect(
      graph.getByText(/^list \[\[\.\.\.\]\] · refcnt 1 · gen 0 · gc_refs 0 · unreachable$/),
    ).toHaveCount(3)
    await expect(graph.getByText(/make_cycle> · refcnt 1 · gen 0 · gc_refs 1 · reachable$/)).toHaveCount(1)
    await page.getByRole('tab', { name: 'Allocator' }).click()
    const listPool = page.getByTestId('pool-0-1')
    await expect(listPool).toHaveAttribute('aria-label', /3 of 290 blocks in use/)
    await page.getByRole('button', { name: 'Next deallocation' }).click()
    await expect(page.getByTestId('step-description')).toHaveText('A list object is freed')
    await expect(graph.getByText(/^list .*\(freed at this step\)$/)).toHaveCount(1)
    await expect(listPool).toHaveAttribute('aria-label', /2 of 290 blocks in use/)
    await page.getByRole('button', { name: 'Go to the last step' }).click()
    await expect(listPool).toHaveAttribute('aria-label', /empty, 0 of 290 blocks in use/)
    await expect(graph.getByText(/^list/)).toHaveCount(0)
    await page.getByRole('tab', { name: 'GC' }).click()
    await expect(page.getByTestId('gc-log')).toContainText('generation 2, 3 unreachable')
  })

  test('plays and pauses with the space bar', async ({ page }) => {
    await serveFixtureTrace(page)
    await openSandbox(page)
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect(page.getByTestId('trace-position')).toContainText('Step 1 of')
    await page.getByLabel('Speed').selectOption('25')
    await page.locator('body').click({ position: { x: 5, y: 790 } })
    await page.keyboard.press(' ')
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
    await expect(page.getByTestId('trace-position')).not.toContainText('Step 1 of')
    await page.keyboard.press(' ')
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()
  })
})
