import type { DocumentBlock, DocumentSpec } from './document-spec.js';

/**
 * A complete official document with every part the engine lays out, made to a chosen length. The
 * read-back tests and the benchmark use it; report kinds build their own specs from records.
 */
export function sampleDocument(sections = 3): DocumentSpec {
  const body: DocumentBlock[] = [];
  for (let s = 1; s <= sections; s++) {
    body.push({ kind: 'heading', level: 1, text: s === 1 ? '总体情况' : `第${s}部分工作情况` });
    body.push({
      kind: 'paragraph',
      text: '今年以来，街道党工委认真落实意识形态工作责任制，把网络意识形态工作纳入重要议事日程，定期分析研判网络舆情形势，及时回应群众关切，网上正面声音不断壮大。',
    });
    body.push({ kind: 'heading', level: 2, text: '压实工作责任' });
    body.push({
      kind: 'paragraph',
      text: '党工委书记履行第一责任人职责，班子成员落实“一岗双责”，全年召开专题会议4次，开展中心组学习12次，对17个社区、8个科室的阵地管理情况进行了督查。',
    });
    body.push({ kind: 'heading', level: 3, text: '健全监测机制' });
    body.push({ kind: 'paragraph', text: '建立监测主题21个，全年发现舆情事件36起，其中较大舆情3起，均在规定时间内完成首报和处置。' });
    body.push({ kind: 'heading', level: 4, text: '规范信息报送' });
    body.push({ kind: 'paragraph', text: '按月向区委宣传部报送舆情信息，全年报送信息58条，被采用21条。' });
    body.push({
      kind: 'table',
      caption: `表${s} 舆情事件分级统计`,
      columns: ['级别', '事件数', '平均首报用时（分钟）', '已处置'],
      rows: [
        ['一般（IV级）', 28, 35, 28],
        ['较大（III级）', 6, 22, 6],
        ['重大（II级）', 2, 15, 2],
      ],
    });
    body.push({
      kind: 'chart',
      caption: `图${s} 各季度舆情事件数`,
      chart: { type: 'bar', categories: ['一季度', '二季度', '三季度', '四季度'], series: [{ name: '一般', values: [6, 8, 9, 5] }, { name: '较大', values: [1, 2, 2, 1] }] },
    });
  }
  return {
    title: '灞桥街道2026年网络意识形态工作总结',
    docNumber: '灞街发〔2026〕6号',
    classification: '秘密★1年',
    urgency: '特急',
    issuer: '灞桥街道办事处文件',
    addressees: '区委宣传部',
    body,
    signature: { authority: '灞桥街道办事处', date: '2026-11-29' },
    footer: { copyTo: '区委网信办，街道各科室', printedBy: '灞桥街道党政办公室', printedOn: '2026-11-29' },
  };
}
