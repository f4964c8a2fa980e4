/** Status, scores and the review actions the signed-in user may take, with the history and comments. */
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, errorText, post } from '../api.ts';
import { pathLabel, SECTIONS } from '../paths.ts';
import { ACTION_LABEL, type ReviewComment, STATUS_COLOR, type WorkflowState } from '../types.ts';

/** The department's actions, which send its data: they wait for unsaved edits. */
const DEPARTMENT_ACTIONS: readonly string[] = ['submit', 'resubmit'];

/**
 * `unsaved`: the editor holds changes not yet saved (or a save is on its way), its data or the 自评表's scores.
 * The department's actions wait for them: 报送 now would send the stored data without the edit the officer
 * just made. `onChanged` loads the year again (data, status, version); `reloading` is true while it does: every
 * action then waits, disabled and saying 正在载入最新数据, so no pop-up is opened on a state about to be replaced (and
 * none sends the old version). An action refused because the year changed meanwhile (409) is said in the panel, and
 * in its dialog if one is open, once the latest data is loaded (workflow-stale): not taken, check, act again — with
 * the button enabled; it stays until the next action is sent. The pop-ups' open state is held here, not inside the Popconfirm, so a re-render of
 * the panel (new findings, a new title) never closes one under the cursor; one open when a reload starts is closed.
 */
export function WorkflowPanel({
  id,
  year,
  state,
  onChanged,
  fieldPaths,
  errorCount = 0,
  unsaved = false,
  reloading = false,
}: { id: string; year: number; state: WorkflowState; onChanged: () => void; fieldPaths: string[]; errorCount?: number; unsaved?: boolean; reloading?: boolean }) {
  const { message } = App.useApp();
  const [returning, setReturning] = useState(false);
  const [approving, setApproving] = useState(false);
  const [resubmitting, setResubmitting] = useState(false);
  const [reply, setReply] = useState('');
  const [comments, setComments] = useState<ReviewComment[]>([{ path: '', text: '' }]);
  const [score, setScore] = useState<number | null>(null);
  // which 确定 pop-up is open ('submit' | 'publish'); closed while the year reloads
  const [confirming, setConfirming] = useState<string | null>(null);
  // the action last refused because the year changed meanwhile (409): said in the panel, and in the dialog still
  // open, until the person acts again — a notice that fades would be gone before the reload ends on a slow line
  const [staleAction, setStaleAction] = useState<string | null>(null);
  const [reloadSeen, setReloadSeen] = useState(reloading);
  if (reloading !== reloadSeen) {
    setReloadSeen(reloading);
    if (reloading) setConfirming(null);
  }
  const url = `/api/departments/${encodeURIComponent(id)}/years/${year}/workflow`;

  const act = async (action: string, extra: Record<string, unknown> = {}) => {
    const label = ACTION_LABEL[action] ?? action;
    if (reloading) {
      message.warning(`正在载入最新数据，请稍候再${label}`);
      return false;
    }
    if (unsaved && DEPARTMENT_ACTIONS.includes(action)) {
      message.warning(`有未保存的修改，请先保存，再${label}`);
      return false;
    }
    setStaleAction(null);
    try {
      await post(url, { action, ...extra }, state.version);
      message.success(`已${label}`);
      onChanged();
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'version-conflict') {
        // The year changed after this screen read it (a save just made, or someone else): the action was not
        // taken. Load the year again and say so; the person acts again on what they now see.
        onChanged();
        setStaleAction(label);
        message.warning({ content: `本年度数据在您打开后已有更新，未${label}。已载入最新数据和状态，请核对后再${label}。`, key: 'workflow-stale' });
        return false;
      }
      message.error(errorText(err));
      return false;
    }
  };
  const waitsForSave = unsaved && state.actions.some((a) => DEPARTMENT_ACTIONS.includes(a));
  // after the reload (while it runs, workflow-reloading says to wait): what happened and what to do now
  const staleNotice = (testId: string) =>
    staleAction && !reloading ? (
      <Alert
        style={{ marginBottom: 8 }}
        type="warning"
        showIcon
        data-testid={testId}
        message={`本年度数据已有更新，未${staleAction}`}
        description={`您打开本页后，本年度数据又被保存过（您刚才的保存或导入，或他人的修改），${staleAction}没有执行。已载入最新数据和状态，请核对后再点“${staleAction}”。`}
      />
    ) : null;

  const pathOptions = [
    ...SECTIONS.map((s) => ({ value: s.roots[0], label: `【${s.label}】` })),
    ...fieldPaths.map((p) => ({ value: p, label: pathLabel(p) })),
  ];

  return (
    <Card size="small" title="审核流程" data-testid="workflow-panel">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="状态">
          <Tag color={STATUS_COLOR[state.status]} data-testid="status-tag">
            {state.statusLabel}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="自评得分">
          {state.selfAssessment.score ?? '—'} {state.scoreGrade ? `（${state.scoreGrade}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="抽查复核得分">
          <span data-testid="spot-check">{state.review?.spotCheckScore ?? '—'}</span>
        </Descriptions.Item>
      </Descriptions>
      <Space wrap style={{ margin: '8px 0' }}>
        {state.actions.includes('submit') && (
          <ConfirmAction
            title={errorCount > 0 ? `还有 ${errorCount} 个校验错误，确定报送？` : '报送后在退回前不能修改，确定报送？'}
            description={errorCount > 0 ? '财政审核会看到这些错误，正式报告也会被拒绝生成；建议先按右侧提示修改。' : undefined}
            open={confirming === 'submit'}
            blocked={reloading || unsaved}
            onOpen={(open) => setConfirming(open ? 'submit' : null)}
            onConfirm={() => void act('submit')}
            button={{ danger: errorCount > 0, label: '报送' }}
          />
        )}
        {state.actions.includes('resubmit') && (
          <Button type="primary" onClick={() => setResubmitting(true)} disabled={unsaved || reloading} data-testid="resubmit">
            重新报送
          </Button>
        )}
        {state.actions.includes('return') && (
          <Button danger onClick={() => setReturning(true)} disabled={reloading}>
            退回修改
          </Button>
        )}
        {state.actions.includes('approve') && (
          <Button type="primary" onClick={() => setApproving(true)} disabled={reloading}>
            审核通过
          </Button>
        )}
        {state.actions.includes('publish') && (
          <ConfirmAction
            title="公开后任何人都可查看，确定公开？"
            open={confirming === 'publish'}
            blocked={reloading}
            onOpen={(open) => setConfirming(open ? 'publish' : null)}
            onConfirm={() => void act('publish')}
            button={{ label: '公开' }}
          />
        )}
        {state.actions.length === 0 && <Typography.Text type="secondary">当前无可执行的操作</Typography.Text>}
      </Space>
      {reloading && state.actions.length > 0 && (
        <Alert style={{ marginBottom: 8 }} type="info" showIcon data-testid="workflow-reloading" message="正在载入最新数据，请稍候；载入后请核对，再执行操作。" />
      )}
      {staleNotice('workflow-stale')}
      {waitsForSave && (
        <Alert style={{ marginBottom: 8 }} type="warning" showIcon data-testid="unsaved-before-submit" message="有未保存的修改：请先保存（页面上方的“保存”，或自评表的“保存自评得分”），再报送。" />
      )}
      <Timeline
        style={{ marginTop: 12 }}
        items={state.events.map((e) => ({
          color: e.action === 'return' ? 'orange' : 'green',
          children: (
            <div>
              <Typography.Text strong>{ACTION_LABEL[e.action] ?? e.action}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {' '}
                {e.actor.name} · {new Date(e.at).toLocaleString('zh-CN', { hour12: false })}
              </Typography.Text>
              {e.spotCheckScore !== null && <div>抽查复核得分：{e.spotCheckScore}</div>}
              {e.comments.map((c) => (
                <div key={`${e.id}-${c.path}-${c.text}`} style={{ fontSize: 12 }}>
                  {e.action === 'resubmit' ? '答复：' : ''}
                  {c.path ? `【${pathLabel(c.path)}】` : ''}
                  {c.text}
                </div>
              ))}
            </div>
          ),
        }))}
      />
      <Modal
        title="退回修改：填写审核意见"
        open={returning}
        okText="退回"
        cancelText="取消"
        width={640}
        okButtonProps={{ disabled: reloading }}
        onCancel={() => setReturning(false)}
        onOk={async () => {
          if (await act('return', { comments: comments.filter((c) => c.text.trim() !== '') })) {
            setReturning(false);
            setComments([{ path: '', text: '' }]);
          }
        }}
      >
        {staleNotice('workflow-stale-dialog')}
        {comments.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: comments being typed are identified by position
          <Space key={`c-${i}`} direction="vertical" style={{ width: '100%', marginBottom: 12 }}>
            <Select
              showSearch
              allowClear
              placeholder="意见针对的部分或字段（可不选）"
              style={{ width: '100%' }}
              value={c.path || undefined}
              options={pathOptions}
              optionFilterProp="label"
              onChange={(v: string | undefined) => setComments(comments.map((x, j) => (j === i ? { ...x, path: v ?? '' } : x)))}
            />
            <Input.TextArea
              rows={2}
              placeholder="审核意见"
              value={c.text}
              data-testid={`comment-${i}`}
              onChange={(e) => setComments(comments.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))}
            />
          </Space>
        ))}
        <Button size="small" onClick={() => setComments([...comments, { path: '', text: '' }])}>
          再加一条意见
        </Button>
      </Modal>
      <Modal
        title="重新报送：答复审核意见"
        open={resubmitting}
        okText="重新报送"
        cancelText="取消"
        width={640}
        okButtonProps={{ disabled: reloading || (!!state.unchangedSinceReturn && reply.trim() === ''), ...({ 'data-testid': 'resubmit-ok' } as Record<string, string>) }}
        onCancel={() => setResubmitting(false)}
        onOk={async () => {
          const comments = reply.trim() ? [{ path: '', text: reply.trim() }] : [];
          if (await act('resubmit', { comments })) {
            setResubmitting(false);
            setReply('');
          }
        }}
      >
        {staleNotice('workflow-stale-dialog')}
        {state.openComments.length > 0 && (
          <div style={{ marginBottom: 12 }}>
            <Typography.Text strong>审核意见（{state.openComments.length} 条）</Typography.Text>
            {state.openComments.map((c) => (
              <div key={`${c.path}|${c.text}`} style={{ fontSize: 13 }}>
                {c.path ? `【${pathLabel(c.path)}】` : ''}
                {c.text}
              </div>
            ))}
          </div>
        )}
        {state.unchangedSinceReturn ? (
          <Alert
            style={{ marginBottom: 12 }}
            type="warning"
            showIcon
            data-testid="unchanged-warning"
            message="退回后数据未作任何修改"
            description="重新报送未修改的数据，须答复审核意见，说明不作修改的理由；否则请先按意见修改并保存。"
          />
        ) : (
          errorCount > 0 && <Alert style={{ marginBottom: 12 }} type="error" showIcon message={`还有 ${errorCount} 个校验错误，财政审核会看到这些错误。`} />
        )}
        <Input.TextArea
          rows={3}
          placeholder={state.unchangedSinceReturn ? '答复审核意见（必填）：说明不作修改的理由' : '答复审核意见（可不填）：说明已如何修改'}
          value={reply}
          data-testid="resubmit-reply"
          onChange={(e) => setReply(e.target.value)}
        />
      </Modal>
      <Modal
        title="审核通过"
        open={approving}
        okText="审核通过"
        cancelText="取消"
        okButtonProps={{ disabled: reloading }}
        onCancel={() => setApproving(false)}
        onOk={async () => {
          if (await act('approve', score === null ? {} : { spotCheckScore: score })) setApproving(false);
        }}
      >
        {staleNotice('workflow-stale-dialog')}
        <Form layout="vertical">
          <Form.Item label="财政抽查复核得分（0–100，可不填）">
            <InputNumber min={0} max={100} step={0.5} value={score} onChange={(v) => setScore(v)} style={{ width: 160 }} data-testid="spot-check-input" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

/**
 * A primary button whose action needs a 确定: the pop-up's open state is the caller's (see WorkflowPanel), and
 * while `blocked` (the year reloading, edits unsaved) the button is disabled and the pop-up never opens.
 */
function ConfirmAction({
  title,
  description,
  open,
  blocked,
  onOpen,
  onConfirm,
  button,
}: {
  title: string;
  description?: string | undefined;
  open: boolean;
  blocked: boolean;
  onOpen: (open: boolean) => void;
  onConfirm: () => void;
  button: { label: string; danger?: boolean };
}) {
  return (
    <Popconfirm
      title={title}
      description={description}
      open={open}
      onOpenChange={(next) => onOpen(next && !blocked)}
      onConfirm={() => {
        onOpen(false);
        onConfirm();
      }}
      onCancel={() => onOpen(false)}
    >
      <Button type="primary" danger={button.danger ?? false} disabled={blocked}>
        {button.label}
      </Button>
    </Popconfirm>
  );
}
