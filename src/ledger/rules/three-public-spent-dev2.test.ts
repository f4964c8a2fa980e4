/**
 * ledger.three-public: causes read on held-out 7, 8, 14, 15, 19 and 22 after they were spent as dev (dev-eas, dev-siyuan,
 * dev-rfbzx, dev-sfl, dev-yzwy, dev-ggzy; 2026-12-05, sled). Each test states the kind in wordings that are not the files'
 * own, with look-alikes that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { oneEntrySums } from '../testing/three-public-sums.ts';

const one = oneEntrySums;

describe('ledger.three-public: kinds from the second batch of spent held-out files', () => {
  it('食宿 (board and lodging in one bill) of a visiting group is hospitality like its 住宿; of trainees or the own team it is not', () => {
    expect(one('30216', '市审计组在县宾馆食宿费', '县宾馆').reception).toBe(1000);
    expect(one('30211', '省考评组来县食宿费', '县宾馆').reception).toBe(1000);
    expect(one('30216', '全县财务人员培训班学员食宿费', '县宾馆').reception).toBe(0);
    expect(one('30211', '局专项检查组赴乡镇食宿费', '').reception).toBe(0);
    expect(one('30299', '县宾馆食宿费', '县宾馆').reception).toBe(0);
  });
});

describe('ledger.three-public: a car’s bill with its errand noted before the trip and the car’s use', () => {
  it('（…下乡用车）, （…赴乡镇出车）: the errand’s words hide nothing; a note naming a hired or special car still does', () => {
    expect(one('30299', '赣D·3N509加油（耕地保护专项检查下乡用车）', '中国石化某加油站').vehicleOperation).toBe(1000);
    expect(one('30239', '赣D·3N509过路费（防汛安全检查赴乡镇出车）', '').vehicleOperation).toBe(1000);
    expect(one('30299', '赣D·3N509加油（耕地保护专项检查下乡租用车）', '中国石化某加油站').vehicleOperation).toBe(0);
    expect(one('30299', '赣D·3N509加油（特种专业技术用车）', '中国石化某加油站').vehicleOperation).toBe(0);
    expect(one('30299', '赣D·3N509加油（安全检查用车）', '中国石化某加油站').vehicleOperation).toBe(0);
  });
});

describe('ledger.three-public: a body of another county written as coming', () => {
  it('is a party received (台江县人社局来榕交流 …住宿费 under 差旅费); the unit going there, or a letter come, is not', () => {
    expect(one('30211', '台江县人社局来榕交流学习人员住宿费', '县宾馆').reception).toBe(1000);
    expect(one('30211', '台江县人社局来榕考察人员晚餐', '县酒楼').reception).toBe(1000);
    expect(one('30211', '赴台江县人社局交流学习住宿费', '县宾馆').reception).toBe(0);
    expect(one('30211', '台江县人社局交流学习住宿费', '县宾馆').reception).toBe(0);
    expect(one('30211', '参加黔南州人民政府工作会议住宿费', '州宾馆').reception).toBe(0);
    expect(one('30299', '台江县人社局来函材料复印装订', '县印刷厂').reception).toBe(0);
  });
});
