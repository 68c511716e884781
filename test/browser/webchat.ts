import type { Frame, FrameLocator, Page } from 'playwright-core';

/** Where Web Chat is: the page itself, or the widget's frame. */
export type Surface = Page | Frame;

export async function lastBotText(surface: Surface, text: string): Promise<void> {
  await surface.getByText(text, { exact: false }).last().waitFor({ timeout: 20_000 });
}

/** Clicks a suggested action (the visible one: Web Chat keeps a hidden copy for screen readers). */
export async function choose(surface: Surface | FrameLocator, name: string): Promise<void> {
  const exact = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await surface.locator('button:not(.webchat__live-region-activity__suggested-action)').filter({ hasText: exact }).last().click();
}

export async function type(surface: Surface, text: string): Promise<void> {
  const box = surface.locator('[data-id="webchat-sendbox-input"]');
  await box.fill(text);
  await box.press('Enter');
}

/** Ticks these boxes in the last Adaptive Card and presses its Send action. */
export async function submitCard(surface: Surface, labels: readonly string[], send: string): Promise<void> {
  const card = surface.locator('.ac-adaptiveCard').last();
  for (const label of labels) await card.getByRole('checkbox', { name: label, exact: true }).check();
  await card.getByRole('button', { name: send, exact: true }).click();
}
