/**
 * The phone page for counting (GET /stocktake/:id): plain server-rendered HTML and a little script. It reads
 * label QR codes with the camera through the browser's BarcodeDetector where the browser has it, and always
 * takes typed asset numbers. Each confirmation is one POST to the JSON API, signed by the session (cookie and
 * CSRF token); the last location is remembered on the phone.
 */
import type { AssetConfig } from './config.ts';
import { escapeHtml } from './labels/label-sheet-html.ts';
import type { Stocktake } from './types.ts';

export interface StocktakePageInput {
  readonly stocktake: Pick<Stocktake, 'id' | 'title' | 'state' | 'openedAt'> & {
    readonly expectedCount: number;
    readonly confirmedCount: number;
  };
  /** `<region>.<department>` for the API path. */
  readonly departmentId: string;
  readonly departmentName: string;
  readonly config: AssetConfig;
  /** The session's CSRF token and the header it goes in: every POST must carry it. */
  readonly csrf?: { readonly header: string; readonly token: string };
  /** Nonce of the page's one inline script (the server's Content-Security-Policy allows only that script). */
  readonly nonce?: string;
  /** The signed-in counter, shown on the page; the server records the user, not a typed name. */
  readonly counter: string;
}

/** JSON safe to put inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function stocktakePageHtml(input: StocktakePageInput): string {
  const { stocktake: st, config } = input;
  const conditions = (['in-use', 'idle', 'pending-scrap', 'damaged'] as const)
    .map((c) => `<option value="${c}">${escapeHtml(config.statusLabel[c])}</option>`)
    .join('');
  const api = `/api/departments/${encodeURIComponent(input.departmentId)}/stocktakes/${encodeURIComponent(st.id)}/confirmations`;
  const closed = st.state !== 'open';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>资产盘点 · ${escapeHtml(st.title)}</title>
<style>
[hidden]{display:none!important}
body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:0;padding:12px;max-width:560px;margin:auto;font-size:16px;color:#1f1f1f}
h1{font-size:20px;margin:4px 0}
.sub{color:#555;font-size:14px;margin-bottom:8px}
.progress{background:#eee;border-radius:6px;height:10px;overflow:hidden}.progress>div{background:#1677ff;height:100%}
label{display:block;margin-top:10px;font-size:14px;color:#333}
input,select,button{font-size:18px;width:100%;box-sizing:border-box;padding:10px;margin-top:4px;border:1px solid #bbb;border-radius:6px}
button{background:#1677ff;color:#fff;border:none;margin-top:14px}
button.secondary{background:#fff;color:#1677ff;border:1px solid #1677ff}
video{width:100%;border-radius:6px;margin-top:8px;display:none;background:#000}
#msg{margin-top:12px;padding:10px;border-radius:6px;display:none}
#msg.ok{background:#f6ffed;border:1px solid #b7eb8f}#msg.warn{background:#fffbe6;border:1px solid #ffe58f}#msg.err{background:#fff2f0;border:1px solid #ffccc7}
ul{padding-left:18px;font-size:14px}
.closed{background:#fff2f0;border:1px solid #ffccc7;padding:10px;border-radius:6px}
</style></head><body>
<h1>${escapeHtml(st.title)}</h1>
<div class="sub">${escapeHtml(input.departmentName)} · 盘点编号 ${escapeHtml(st.id)}</div>
<div class="sub">已确认 <b id="done">${st.confirmedCount}</b> / 应盘 ${st.expectedCount} 项</div>
<div class="progress"><div id="bar" style="width:${st.expectedCount ? Math.min(100, Math.round((st.confirmedCount / st.expectedCount) * 100)) : 0}%"></div></div>
${
  closed
    ? '<p class="closed">本次盘点已结束，不能再确认。/ This stocktake is closed.</p>'
    : `<form id="f" autocomplete="off">
<button type="button" id="scan" class="secondary" hidden>📷 扫描标签二维码</button>
<video id="video" playsinline muted></video>
<label>资产编号 <input id="assetNumber" name="assetNumber" required autofocus inputmode="text" autocapitalize="characters"></label>
<label>实际存放地点 <input id="seenLocation" name="seenLocation"></label>
<label>使用状况 <select id="condition" name="condition"><option value="">未说明（保持账面）</option>${conditions}</select></label>
<label>标签编码（与编号不同时填写） <input id="labelCode" name="labelCode"></label>
<label id="nameRow" hidden>资产名称（账外资产） <input id="name" name="name"></label>
<div class="sub" style="margin-top:10px">盘点人：${escapeHtml(input.counter)}</div>
<button type="submit">确认</button>
</form>`
}
<div id="msg"></div>
<ul id="recent"></ul>
<script${input.nonce ? ` nonce="${escapeHtml(input.nonce)}"` : ''}>
(function(){
  var api=${scriptJson(api)}, expected=${scriptJson(st.expectedCount)}, csrf=${scriptJson(input.csrf ?? null)};
  var f=document.getElementById('f'); if(!f) return;
  var $=function(id){return document.getElementById(id)};
  var store=window.localStorage;
  $('seenLocation').value=store.getItem('jx.seenLocation')||'';
  function show(kind,text){var m=$('msg');m.className=kind;m.textContent=text;m.style.display='block'}
  function numberFrom(text){var m=/资产编号[:：]\\s*([^\\r\\n]+)/.exec(text);return (m?m[1]:text).trim()}
  f.addEventListener('submit',function(e){
    e.preventDefault();
    var body={assetNumber:$('assetNumber').value.trim(),seenLocation:$('seenLocation').value.trim(),
      condition:$('condition').value};
    if($('labelCode').value.trim()) body.labelCode=$('labelCode').value.trim();
    if($('name').value.trim()) body.name=$('name').value.trim();
    store.setItem('jx.seenLocation',body.seenLocation);
    var headers={'content-type':'application/json'}; if(csrf) headers[csrf.header]=csrf.token;
    fetch(api,{method:'POST',credentials:'same-origin',headers:headers,body:JSON.stringify(body)})
      .then(function(r){return r.json().then(function(j){return {ok:r.ok,j:j}})})
      .then(function(res){
        if(!res.ok){show('err',res.j.message||'提交失败');return}
        var j=res.j, li=document.createElement('li');
        li.textContent=body.assetNumber+' '+(j.name||body.name||'')+' — '+j.message;
        $('recent').insertBefore(li,$('recent').firstChild);
        $('done').textContent=j.confirmedCount;
        $('bar').style.width=(expected?Math.min(100,Math.round(j.confirmedCount*100/expected)):0)+'%';
        show(j.status==='expected'?'ok':'warn',body.assetNumber+'：'+j.message);
        if(j.status==='surplus'&&!body.name){
          // Not on the books: keep the number and ask for the name; confirming again replaces this record.
          $('nameRow').hidden=false;$('name').focus();return;
        }
        $('nameRow').hidden=true;
        $('assetNumber').value='';$('labelCode').value='';$('name').value='';$('condition').value='';
        $('assetNumber').focus();
      })
      .catch(function(){show('err','网络错误，请重试 / network error')});
  });
  if(!('BarcodeDetector' in window)||!navigator.mediaDevices) return;
  var btn=$('scan'), video=$('video'), stream=null, timer=null;
  btn.hidden=false;
  function stop(){if(timer)clearInterval(timer);timer=null;if(stream)stream.getTracks().forEach(function(t){t.stop()});stream=null;video.style.display='none';btn.textContent='📷 扫描标签二维码'}
  btn.addEventListener('click',function(){
    if(stream){stop();return}
    var detector=new window.BarcodeDetector({formats:['qr_code']});
    navigator.mediaDevices.getUserMedia({video:{facingMode:'environment'}}).then(function(s){
      stream=s;video.srcObject=s;video.style.display='block';video.play();btn.textContent='停止扫描';
      timer=setInterval(function(){
        detector.detect(video).then(function(codes){
          if(!codes.length) return;
          var n=numberFrom(codes[0].rawValue);
          $('assetNumber').value=n;$('labelCode').value=n;stop();
          show('ok','已读取：'+n+'，请核对地点和状况后确认');
        }).catch(function(){});
      },300);
    }).catch(function(){show('warn','无法打开摄像头，请手工输入资产编号')});
  });
})();
</script>
</body></html>`;
}
