// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsShell } from '../../../../components/options/OptionsShell';
import { ActivityExportView } from '../../../../components/options/sections/stats/ActivityExportView';
import { yesterday } from '../../../../components/options/sections/stats/activity-preview';
import { parseActivity } from '../../../../lib/core/report/activity';
import { updateActivityState } from '../../../../lib/data/activity-export';
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
});
