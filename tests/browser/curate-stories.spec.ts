/**
 * Stories made in the editor, as a user: in Edit mode a story is made from the view on screen
 * (an event selected), a second step added after the view changed, the steps reordered by
 * keyboard and a step's text changed; a reload reopens the draft with the story intact and
 * playable; "Download dataset" gives a file that reopens by ?data= with the story, which plays.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset';
import { openTestPage } from './support/browser';
import { mapCenter, openApp, waitForMapIdle } from './support/app-driver';
import { serveBuiltApp } from './support/built-app';
import { eventButton } from './support/explore-driver';
import { downloadBy, draftStories, editorForm, editorPanel, focusedLabel, shownDataset, storyButton, storyState } from './support/curate-driver';

const downloads = mkdtempSync(join(tmpdir(), 'cm-curate-stories-'));
const app = serveBuiltApp({ mounts: { '/downloads/': downloads } });

const STORY = 'Strikes of August 2022';
const STORY_ID = 'st-strikes-of-august-2022';
const STRIKES = { id: 'ev-2022-08-23-us-strikes-deir-ez-zor', title: 'US airstrikes in Deir ez-Zor' };
const ATTACKS = { id: 'ev-2022-08-15-attacks-on-us-personnel', title: 'Attacks on US personnel by Iran-backed groups' };

describe('stories in the editor', () => {
  test('a story from the view → a second step → reorder → edit → reload → play → download → reopen → play', { timeout: 300_000 }, async () => {
    const { page, context, errors } = await openTestPage(app.browser);
    await openApp(page, app.server.url);
    await page.locator('.cm-header').getByRole('button', { name: 'Edit', exact: true }).click();
    await editorPanel(page).waitFor();

    // The view: an event selected. "New story" makes the story with that view as its first step.
    await eventButton(page, STRIKES.title).click();
    await expect.poll(async () => (await storyState(page)).selected).toEqual({ type: 'event', id: STRIKES.id });
    await waitForMapIdle(page);
    const firstView = await mapCenter(page);
    await draftStories(page).getByRole('button', { name: 'New story' }).click();
    const storyForm = editorForm(page, 'New story');
    expect(await storyForm.getByLabel('Step title', { exact: true }).inputValue()).toBe(STRIKES.title);
    await storyForm.getByLabel('Story title', { exact: true }).fill(STORY);
    await storyForm.getByLabel('Text', { exact: true }).fill('US aircraft struck sites in Deir ez-Zor.');
    await storyForm.getByRole('button', { name: 'Create story' }).click();
    await storyForm.waitFor({ state: 'detached' });
    const story = async () => (await shownDataset(page))?.stories?.find((s) => s.id === STORY_ID);
    await expect.poll(async () => (await story())?.steps.length).toBe(1);
    const first = (await story())!.steps[0]!;
    expect(first).toMatchObject({ title: STRIKES.title, text: 'US aircraft struck sites in Deir ez-Zor.', eventId: STRIKES.id });
    expect(first.window).toBeDefined();
    expect(first.camera!.zoom).toBeCloseTo(firstView.zoom, 1);
    expect(first.camera!.center[0]).toBeCloseTo(firstView.lng, 3);

    // Another view: another event selected, the map zoomed in. "Add this view as a step".
    await eventButton(page, ATTACKS.title).click();
    await expect.poll(async () => (await storyState(page)).selected).toEqual({ type: 'event', id: ATTACKS.id });
    await waitForMapIdle(page);
    await page.locator('.cm-map-area').getByRole('button', { name: 'Zoom in' }).click();
    await waitForMapIdle(page);
    const secondView = await mapCenter(page);
    expect(secondView.zoom).not.toBeCloseTo(firstView.zoom, 1);
    await storyButton(page, 'Add this view as a step to', STORY).click();
    const stepForm = editorForm(page, /^Add this view as a step to/);
    expect(await stepForm.getByLabel('Step title', { exact: true }).inputValue()).toBe(ATTACKS.title);
    await stepForm.getByLabel('Text', { exact: true }).fill('Attacks came first.');
    await stepForm.getByLabel('Text in Arabic (optional)').fill('جاءت الهجمات أولًا.');
    await stepForm.getByRole('button', { name: 'Add step' }).click();
    await stepForm.waitFor({ state: 'detached' });
    await expect.poll(async () => (await story())?.steps.map((s) => s.eventId)).toEqual([STRIKES.id, ATTACKS.id]);
    const second = (await story())!.steps[1]!;
    expect(second).toMatchObject({ title: ATTACKS.title, text: 'Attacks came first.', text_ar: 'جاءت الهجمات أولًا.' });
    expect(second.camera!.zoom).toBeCloseTo(secondView.zoom, 1);

    // Reorder by keyboard: the focus stays with the step that moved.
    await storyButton(page, 'Move', ATTACKS.title, ' up').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await story())?.steps.map((s) => s.eventId)).toEqual([ATTACKS.id, STRIKES.id]);
    await expect.poll(() => focusedLabel(page)).toMatch(new RegExp(`^Move \u2068?${ATTACKS.title}\u2069? down$`));

    // A step's text changed: what it shows stays.
    await storyButton(page, 'Edit', STRIKES.title).click();
    const editForm = editorForm(page, 'Step');
    await editForm.getByLabel('Text', { exact: true }).fill('Then US aircraft struck back.');
    await editForm.getByRole('button', { name: 'Save' }).click();
    await editForm.waitFor({ state: 'detached' });
    await expect.poll(async () => (await story())?.steps[1]?.text).toBe('Then US aircraft struck back.');
    expect((await story())!.steps[1]).toEqual({ ...first, text: 'Then US aircraft struck back.' });
    expect(await page.getByRole('button', { name: /^Undo/ }).getAttribute('title')).toMatch(/Change step/);
    await expect.poll(() => editorPanel(page).getByRole('status').first().textContent()).toContain('Every change saved');
    const made = await story();

    // A reload reopens the draft with the story as it was, and it plays from the editor panel.
    await page.reload();
    await waitForMapIdle(page);
    await editorPanel(page).waitFor();
    await expect.poll(() => story()).toEqual(made);
    await storyButton(page, 'Play', STORY).click();
    await expect.poll(() => storyState(page)).toEqual({ story: { id: STORY_ID, step: 0 }, selected: { type: 'event', id: ATTACKS.id } });
    await page.locator('.cm-story').getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => storyState(page)).toEqual({ story: { id: STORY_ID, step: 1 }, selected: { type: 'event', id: STRIKES.id } });

    // Download: the file passes the loader with the story in it, and reopens by ?data=.
    const download = await downloadBy(page, page.getByRole('button', { name: 'Download dataset' }));
    const file = join(downloads, 'stories.json');
    await download.saveAs(file);
    const saved = loadDataset(readFileSync(file, 'utf8'));
    expect(saved.ok && saved.dataset.stories?.find((s) => s.id === STORY_ID)).toEqual(made);
    expect(errors).toEqual([]);
    await context.close();

    const reopened = await openTestPage(app.browser);
    await openApp(reopened.page, app.server.url, '?data=downloads/stories.json');
    await expect.poll(async () => (await shownDataset(reopened.page))?.stories?.find((s) => s.id === STORY_ID)).toEqual(made);
    await reopened.page.getByRole('region', { name: 'Stories', exact: true }).getByRole('button', { name: new RegExp(STORY) }).click();
    await expect.poll(() => storyState(reopened.page)).toEqual({ story: { id: STORY_ID, step: 0 }, selected: { type: 'event', id: ATTACKS.id } });
    expect(await reopened.page.locator('.cm-story').textContent()).toContain('Attacks came first.');
    expect(reopened.errors).toEqual([]);
    await reopened.context.close();
  });
});
