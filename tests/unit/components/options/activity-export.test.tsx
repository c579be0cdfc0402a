// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsShell } from '../../../../components/options/OptionsShell';
import { ActivityExportView } from '../../../../components/options/sections/stats/ActivityExportView';
import { yesterday } from '../../../../components/options/sections/stats/activity-preview';
import { parseActivity } from '../../../../lib/core/report/activity';
import {
  getActivityState,
  setPersonalExport,
  updateActivityState,
  updatePersonalDelivery,
} from '../../../../lib/data/activity-export';
import { dayOf } from '../../../../lib/data/stats';
import type { LaipniDb } from '../../../../lib/data/database';
import { putPolicyState } from '../../../../lib/data/policy-state';
import { freshDb } from '../../data/helpers';
import { SECRETS, withTeamPack, workDay } from '../../background/activity/fixtures';
import { renderWithDb, withSmallBuiltin } from './render';

let db: LaipniDb;
afterEach(() => {
  cleanup();
  db?.close();
});

describe('activity export in the options page', () => {
  it('shows where the export goes, when it was last sent, and exactly the day’s file', async () => {
    db = freshDb();
    await withSmallBuiltin(db);
    await withTeamPack(db);
    const day = yesterday();
    await workDay(db, new Date(`${day}T12:00:00`).getTime());
    await putPolicyState(db, {
      source: 'managed',
      appliedAt: 1,
      policy: { activityExportUrl: 'https://reports.acme.lv/laipni', activityAgentId: 'anna.k' },
      managed: ['activityExportUrl', 'activityAgentId'],
      problems: [],
      inlinePackIds: [],
    });
    await updateActivityState(db, {
      lastSentAt: Date.UTC(2026, 2, 3, 8),
      lastSentDay: '2026-03-02',
    });
    renderWithDb(<ActivityExportView />, db, 'en');

    const status = await screen.findByTestId('activity-status');
    expect(status.textContent).toContain('https://reports.acme.lv/laipni');
    expect(screen.getByTestId('activity-last-sent').textContent).toContain('day 2026-03-02');
    const preview = await screen.findByTestId('activity-preview');
    const shown = parseActivity(preview.textContent ?? '');
    expect(shown).toMatchObject({
      ok: true,
      activity: { agentId: 'anna.k', day, calls: { count: 2, dropped: 1 } },
    });
    for (const secret of [SECRETS.customerName, SECRETS.contactKey, SECRETS.site])
      expect(preview.textContent).not.toContain(secret);
    expect(screen.getByTestId('activity-download')).toBeTruthy();
  });

  it('the page header no longer says nothing is sent once the company turned the export on', async () => {
    db = freshDb();
    await withSmallBuiltin(db);
    renderWithDb(<OptionsShell />, db, 'en');
    await waitFor(() =>
      expect(screen.getByTestId('privacy').textContent).toContain('Nothing is sent anywhere'),
    );
    await putPolicyState(db, {
      source: 'managed',
      appliedAt: 1,
      policy: { activityExportUrl: 'https://reports.acme.lv/laipni' },
      managed: ['activityExportUrl'],
      problems: [],
      inlinePackIds: [],
    });
    await waitFor(() =>
      expect(screen.getByTestId('privacy').textContent).toContain(
        'only daily counts (no text) are sent to https://reports.acme.lv/laipni',
      ),
    );
  });

  it('says nothing is sent when the company has not turned it on', async () => {
    db = freshDb();
    await withSmallBuiltin(db);
    renderWithDb(<ActivityExportView />, db, 'en');
    await waitFor(() =>
      expect(screen.getByTestId('activity-status').textContent).toContain('nothing is sent'),
    );
    expect(screen.getByTestId('activity-empty')).toBeTruthy();
  });

  describe("the agent's own export", () => {
    let asked: string[][] = [];
    let removed: string[][] = [];
    let grant = true;
    // The browser's permissions API (WXT's test setup puts a fake `browser` without one).
    const scope = globalThis as { browser?: unknown };
    let original: unknown;
    beforeEach(() => {
      asked = [];
      removed = [];
      grant = true;
      original = scope.browser;
      scope.browser = {
        permissions: {
          request: async ({ permissions }: { permissions: string[] }) => {
            asked.push(permissions);
            return grant;
          },
          remove: async ({ permissions }: { permissions: string[] }) => {
            removed.push(permissions);
            return true;
          },
        },
      };
    });
    afterEach(() => {
      scope.browser = original;
    });

    it('switching it on asks for the downloads permission and starts from today', async () => {
      db = freshDb();
      await withSmallBuiltin(db);
      await getActivityState(db); // the random id, which the page would make on mount
      renderWithDb(<ActivityExportView />, db, 'en');
      const box = (await screen.findByTestId('personal-export-switch')) as HTMLInputElement;
      expect(box.checked).toBe(false);
      fireEvent.click(box);
      await waitFor(async () =>
        expect((await getActivityState(db)).personal).toEqual({ sinceDay: dayOf(Date.now()) }),
      );
      expect(asked).toEqual([['downloads']]);
      await waitFor(() =>
        expect(screen.getByTestId('personal-last-saved').textContent).toContain(
          "today's file is saved once the day is over",
        ),
      );

      // What the background writes after a save is shown; switching off gives the permission back.
      await updatePersonalDelivery(db, dayOf(Date.now()), {
        lastSentDay: '2026-03-02',
        lastSentAt: Date.UTC(2026, 2, 3, 8),
      });
      await waitFor(() =>
        expect(screen.getByTestId('personal-last-saved').textContent).toContain('day 2026-03-02'),
      );
      fireEvent.click(screen.getByTestId('personal-export-switch'));
      await waitFor(async () => expect((await getActivityState(db)).personal).toBeUndefined());
      await waitFor(() => expect(removed).toEqual([['downloads']]));
      expect(screen.queryByTestId('personal-last-saved')).toBeNull();
    });

    it('refused by the browser, it stays off and says why', async () => {
      db = freshDb();
      await withSmallBuiltin(db);
      grant = false;
      await getActivityState(db);
      renderWithDb(<ActivityExportView />, db, 'en');
      const box = (await screen.findByTestId('personal-export-switch')) as HTMLInputElement;
      fireEvent.click(box);
      await screen.findByTestId('personal-export-denied');
      expect(box.checked).toBe(false);
      expect((await getActivityState(db)).personal).toBeUndefined();
    });

    it('shows why a day could not be saved', async () => {
      db = freshDb();
      await withSmallBuiltin(db);
      await setPersonalExport(db, true, '2026-03-01');
      await updatePersonalDelivery(db, '2026-03-01', {
        failures: 1,
        lastError: { lv: 'Neizdevās saglabāt.', en: 'The file for 2026-03-01 could not be saved.' },
      });
      renderWithDb(<ActivityExportView />, db, 'en');
      expect((await screen.findByTestId('personal-export-error')).textContent).toContain(
        'could not be saved',
      );
      expect((screen.getByTestId('personal-export-switch') as HTMLInputElement).checked).toBe(true);
    });
  });
});
