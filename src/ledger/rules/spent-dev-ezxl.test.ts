/**
 * Causes read on held-out 38 after it was spent as dev (dev-ezxl, a Java platform's POI/EasyExcel 明细账; 2026-12-06,
 * sled38), stated in wordings that are not the file's own, each with the case that must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { oneEntrySums as one } from '../testing/three-public-sums.ts';

describe('ledger.three-public: 访问 of a network is access, not a visit abroad', () => {
  it('a service watching a website’s traffic from abroad is no trip abroad', () => {
    const watch = one('30227', '政府门户网站“境外访问”流量监测及拦截服务费', '');
    expect([watch.overseasTravel, watch.rows.length]).toEqual([0, 0]);
    const remote = one('30205', '国外IP远程访问服务器安全加固', '');
    expect([remote.overseasTravel, remote.rows.length]).toEqual([0, 0]);
  });

  it('a visit abroad named by 访问 alone stays one where no network is named', () => {
    const visit = one('30216', '访问日本友好城市交流培训费', '');
    expect([visit.overseasTravel, visit.rows.length]).toEqual([1000, 1]);
  });

  it('a trip abroad about networks stays one: its other travel words still pair', () => {
    const trip = one('30211', '赴新加坡访问考察智慧城市网络建设 机票', '');
    expect([trip.overseasTravel, trip.rows.length]).toEqual([1000, 1]);
  });
});

describe('ledger.three-public: a 三公 service named as a procurement evaluated is the tender’s subject (dev-ggzy’s look-alike)', () => {
  it('the evaluation experts’ fee of a tender for an official car’s repair is no car’s repair', () => {
    const experts = one('30226', '县行政服务中心公务用车定点保养服务招标项目评审专家劳务费', '');
    expect([experts.vehicleOperation, experts.rows.length]).toEqual([0, 0]);
  });

  it('a car’s repair paid as 劳务费 with no procurement named stays one', () => {
    const repair = one('30226', '公务用车维修劳务费', '');
    expect([repair.vehicleOperation, repair.rows.length]).toEqual([1000, 1]);
    const tyres = one('30226', '公务用车维修服务费', '');
    expect([tyres.vehicleOperation, tyres.rows.length]).toEqual([1000, 1]);
  });
});
