import { describe, expect, it } from 'vitest';
import { availableActions, canEdit, transition } from './state-machine.ts';

describe('review workflow state machine', () => {
  it('walks the whole path: draft → submitted → returned → resubmitted → approved → published', () => {
    const steps = [
      ['draft', 'officer', { action: 'submit' }, 'submitted'],
      ['submitted', 'reviewer', { action: 'return', comments: [{ path: 'revenue', text: '收入合计有误' }] }, 'returned'],
      ['returned', 'officer', { action: 'resubmit' }, 'resubmitted'],
      ['resubmitted', 'reviewer', { action: 'approve', spotCheckScore: 88.5 }, 'approved'],
      ['approved', 'reviewer', { action: 'publish' }, 'published'],
    ] as const;
    for (const [from, role, request, to] of steps) {
      expect(transition(from, role, request), `${from} --${request.action}--> ${to}`).toEqual({ ok: true, from, to });
    }
  });

  it('refuses an action from the wrong side: an officer cannot approve, a reviewer cannot submit', () => {
    expect(transition('submitted', 'officer', { action: 'approve' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(transition('draft', 'reviewer', { action: 'submit' })).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('refuses a transition the state does not allow, with a Chinese message', () => {
    const r = transition('draft', 'reviewer', { action: 'publish' });
    expect(r).toMatchObject({ ok: false, code: 'invalid-transition' });
    expect(r.ok === false && r.message).toMatch(/填报中/);
    expect(transition('published', 'officer', { action: 'submit' })).toMatchObject({ ok: false, code: 'invalid-transition' });
  });

  it('requires a comment to return a year', () => {
    expect(transition('submitted', 'reviewer', { action: 'return' })).toMatchObject({ ok: false, code: 'comments-required' });
    expect(transition('submitted', 'reviewer', { action: 'return', comments: [{ path: '', text: '  ' }] })).toMatchObject({ ok: false });
  });

  it('refuses to resubmit unchanged data without a reply to the comments, and takes it with one', () => {
    const unchanged = { unchangedSinceReturn: true };
    const refused = transition('returned', 'officer', { action: 'resubmit' }, unchanged);
    expect(refused).toMatchObject({ ok: false, code: 'reply-required' });
    expect(refused.ok ? '' : refused.message).toMatch(/^退回后数据未作任何修改/);
    expect(transition('returned', 'officer', { action: 'resubmit', comments: [{ path: '', text: ' ' }] }, unchanged)).toMatchObject({ ok: false });
    expect(transition('returned', 'officer', { action: 'resubmit', comments: [{ path: '', text: '口径不同，不作修改' }] }, unchanged)).toMatchObject({ ok: true, to: 'resubmitted' });
    // changed data needs no reply
    expect(transition('returned', 'officer', { action: 'resubmit' }, { unchangedSinceReturn: false })).toMatchObject({ ok: true });
  });

  it('takes a spot-check score only with approve, and only 0–100', () => {
    expect(transition('submitted', 'reviewer', { action: 'approve', spotCheckScore: 101 })).toMatchObject({ ok: false, code: 'invalid-score' });
    expect(transition('approved', 'reviewer', { action: 'publish', spotCheckScore: 90 })).toMatchObject({ ok: false, code: 'invalid-score' });
  });

  it('lists the buttons each role sees', () => {
    expect(availableActions('draft', 'officer')).toEqual(['submit']);
    expect(availableActions('submitted', 'officer')).toEqual([]);
    expect(availableActions('submitted', 'reviewer')).toEqual(['return', 'approve']);
    expect(availableActions('approved', 'reviewer')).toEqual(['publish']);
    // An admin acts on a year only through a named role (issue 17).
    for (const status of ['draft', 'submitted', 'returned', 'resubmitted', 'approved'] as const) expect(availableActions(status, 'admin')).toEqual([]);
    expect(canEdit('draft', 'admin')).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('keeps a submitted year read-only until it is returned', () => {
    expect(canEdit('draft', 'officer').ok).toBe(true);
    expect(canEdit('submitted', 'officer')).toMatchObject({ ok: false, code: 'read-only' });
    expect(canEdit('returned', 'officer').ok).toBe(true);
    expect(canEdit('approved', 'supervisor')).toMatchObject({ ok: false, code: 'read-only' });
    expect(canEdit('draft', 'reviewer')).toMatchObject({ ok: false, code: 'forbidden' });
  });
});
