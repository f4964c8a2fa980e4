/** 体检: upload any report (.txt .md .docx .pdf) and see the findings highlighted in its text (POST /api/audit). */
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, InputNumber, Result, Space, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, errorText } from '../api.ts';
import { useCapabilities } from '../components/Downloads.tsx';

/**
 * The server's highlighted report is also the CLI's HTML output, which names each finding's rule id for
 * developers (`<code>sum-mismatch</code>`, `[sum-mismatch] …` in hover titles): the screen shows only the
 * Chinese message.
 */
export function withoutRuleIds(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const code of doc.querySelectorAll('li > code')) code.remove();
  // "not checked" lines start with the rule id: `table-text-mismatch：文本中未识别到表格…`
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    node.textContent = (node.textContent ?? '').replace(/(^|\s)[a-z][a-z0-9]*(?:-[a-z0-9]+)+：/g, '$1');
  }
  // …and one of a single word (`outline：标题未对应…`), at the start of a "not checked" line only: the report's own
  // text may have such a word before a colon.
  for (const li of doc.querySelectorAll('#list ul > li')) li.textContent = (li.textContent ?? '').replace(/^[a-z][a-z0-9]*：/, '');
  for (const el of doc.querySelectorAll('[title]')) {
    el.setAttribute('title', (el.getAttribute('title') ?? '').replace(/\[[a-z0-9-]+\] /g, ''));
  }
  return `<!doctype html>${doc.documentElement.outerHTML}`;
}

export function AuditUpload() {
  const caps = useCapabilities();
  const [html, setHtml] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The report's fiscal year when the reader cannot tell it from the title (empty: read from the text).
  const [year, setYear] = useState<number | null>(null);
  const [file, setFile] = useState<File | null>(null);
  if (!caps) return <Spin />;
  const route = caps.audit[0];
  if (!route) return <Result status="info" title="报告体检尚未提供" subTitle="服务器尚未启用报告体检功能。" />;
  const upload = async (file: File) => {
    setFile(file);
    setBusy(true);
    setError(null);
    setHtml(null);
    try {
      const yearQuery = year !== null ? `&fiscalYear=${year}` : '';
      const r = await api<string>(`${route}?format=html&filename=${encodeURIComponent(file.name)}${yearQuery}`, {
        method: 'POST',
        raw: file,
        headers: { 'content-type': 'application/octet-stream' },
      });
      setHtml(withoutRuleIds(r.data));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Typography.Title level={3}>报告体检</Typography.Title>
      <Typography.Paragraph type="secondary">上传绩效自评报告（.txt .md .docx .pdf），系统核对其中的数字、合计与表述，并在原文中标出问题。</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} wrap>
        <label htmlFor="audit-fiscal-year">年度</label>
        <InputNumber
          id="audit-fiscal-year"
          data-testid="audit-fiscal-year"
          min={2000}
          max={2100}
          precision={0}
          controls={false}
          placeholder="不填则从报告中识别"
          style={{ width: 180 }}
          value={year}
          onChange={(v) => setYear(typeof v === 'number' ? v : null)}
        />
        {file && (
          <Button data-testid="audit-rerun" disabled={busy} onClick={() => void upload(file)}>
            按此年度重新体检
          </Button>
        )}
      </Space>
      <Upload.Dragger
        accept=".txt,.md,.docx,.pdf"
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>点击或拖入报告文件</p>
      </Upload.Dragger>
      {busy && <Spin style={{ marginTop: 24, width: '100%' }} tip="体检中…" />}
      {error && <Alert style={{ marginTop: 16 }} type="error" showIcon message={error} />}
      {html && (
        <Card style={{ marginTop: 16 }} styles={{ body: { padding: 0 } }}>
          <iframe title="体检结果" sandbox="" srcDoc={html} style={{ width: '100%', height: '75vh', border: 0 }} data-testid="audit-result" />
        </Card>
      )}
    </>
  );
}
