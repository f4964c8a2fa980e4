import { describe, expect, it } from 'vitest';
import { fen } from '../../core/money.ts';
import { loadDemo } from '../../reference/demo.ts';
import { context, entry } from '../testing/fixtures.ts';
import { threePublic, threePublicTotals } from './three-public.ts';

// The lines reported, in the ledger's order: the rule ranks its findings by their evidence, strongest first.
const linesOf = (findings: readonly { evidence: readonly { line?: number }[] }[]) =>
  findings.map((f) => f.evidence[0]!.line).sort((a, b) => (a ?? 0) - (b ?? 0));

describe('ledger.three-public', () => {
  it('flags 三公 spending booked outside the 三公 classes, but not 信访接待 or a 加油站 inspection', () => {
    const hidden = entry({ economicCode: '30201', summary: '接待省厅检查组工作餐' });
    const booked = entry({ economicCode: '30217', summary: '接待省厅检查组工作餐' });
    const petition = entry({ economicCode: '30201', summary: '信访接待室桌椅' });
    const station = entry({ economicCode: '30226', summary: '加油站安全检查专家劳务' });
    const found = threePublic.check([hidden, booked, petition, station], context());
    const perEntry = found.filter((f) => f.evidence[0]?.path?.startsWith('ledger[row'));
    expect(perEntry.map((f) => f.evidence[0]!.path)).toEqual([`ledger[row ${hidden.row}]`]);
    expect(perEntry[0]!.message).toContain('公务接待费');
  });

  it('a car trade inspected and a weighbridge of a freight check station are no car the unit keeps (dev-dyfz)', () => {
    const trade = entry({ economicCode: '30226', summary: '汽车维修企业车间环保检查专家劳务费', payee: '专家劳务费代发专户' });
    const scale = entry({ economicCode: '30213', summary: '货运车辆超限检测站地磅年检', payee: '江西省计量测试研究院' });
    const ownCar = entry({ economicCode: '30213', summary: '公务用车汽车维修', payee: '潭口县驰骋汽车维修厂' });
    const found = threePublic.check([trade, scale, ownCar], context());
    expect(found.filter((f) => f.evidence[0]?.path?.startsWith('ledger[row')).map((f) => f.evidence[0]!.line)).toEqual([ownCar.row]);
  });

  it('compares the sums with the reported final and the budget', () => {
    const dy = loadDemo();
    const reported = {
      ...dy,
      threePublic: {
        total: { final: fen(30_000), budget: fen(20_000) },
        reception: { final: fen(10_000), budget: fen(20_000) },
        overseasTravel: {},
        vehicles: { final: fen(20_000) },
      },
    };
    const entries = [
      entry({ economicCode: '30217', summary: '接待调研组', amount: 10_000 }),
      entry({ economicCode: '30231', summary: '公务用车加油', amount: 15_000 }),
    ];
    const found = threePublic.check(entries, context({ departmentYear: reported }));
    const messages = found.map((f) => `${f.severity}:${f.message}`);
    expect(messages.some((m) => m.startsWith('error:公务用车购置及运行维护费') && m.includes('150.00'))).toBe(true);
    expect(found.find((f) => f.evidence[1]?.path === 'threePublic.total.final')?.difference).toBe(-5_000);
    expect(found.find((f) => f.evidence[1]?.path === 'threePublic.total.budget')?.severity).toBe('warning');
    expect(found.some((f) => f.evidence[1]?.path === 'threePublic.reception.final')).toBe(false);
  });

  it('says so when there is no department-year to compare with', () => {
    const found = threePublic.check([entry()], context());
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('info');
  });

  const rowsFound = (entries: Parameters<typeof threePublicTotals>[0]) => linesOf(threePublicTotals(entries, context()).findings);

  it("reads a group's transport and lodging under 差旅费 as the unit's own trip unless the group came to the unit", () => {
    // Given the unit's own inspection team's travel, a visitor's lodging booked as travel, and a group's lodging elsewhere
    const ownTeam = entry({ economicCode: '30211', summary: '基金监管专项检查 检查组交通及住宿费', payee: '报销人' });
    const visitor = entry({ economicCode: '30211', summary: '省厅检查组来县住宿费', payee: '杨帆' });
    const withEscort = entry({ economicCode: '30211', summary: '陪同检查组交通及住宿费', payee: '杨帆' });
    const higherBody = entry({ economicCode: '30211', summary: '支付和平宾馆住宿费（市民政局督导组2人2晚）', payee: '和平宾馆' });
    const otherClass = entry({ economicCode: '30299', summary: '检查组交通及住宿费', payee: '杨帆' });
    // When the entries are checked
    const { totals, findings } = threePublicTotals([ownTeam, visitor, withEscort, higherBody, otherClass], context());
    // Then only the own team's travel is silent
    expect(linesOf(findings)).toEqual([visitor.row, withEscort.row, higherBody.row, otherClass.row]);
    expect(totals.hidden.reception).toBe(visitor.amount + withEscort.amount + higherBody.amount + otherClass.amount);
  });

  it('reads two words together: a visiting group with a meal, a place abroad with travel, a car bought as equipment', () => {
    const guests = entry({ economicCode: '30211', summary: '省厅检查组来县期间午餐费报销', payee: '杨帆' });
    const ownLunch = entry({ economicCode: '30211', summary: '下乡检查期间午餐补助', payee: '杨帆' });
    const abroad = entry({ economicCode: '30211', summary: '赴新加坡考察往返机票' });
    const pest = entry({ economicCode: '30299', summary: '美国白蛾防治药剂' });
    const pickup = entry({ economicCode: '31003', summary: '采购巡查皮卡车一辆' });
    const sprinkler = entry({ economicCode: '31003', summary: '购置公路养护洒水车1台' });
    const { totals, findings } = threePublicTotals([guests, ownLunch, abroad, pest, pickup, sprinkler], context());
    expect(linesOf(findings)).toEqual([guests.row, abroad.row, pickup.row]);
    expect(totals.hidden.reception).toBe(guests.amount);
    expect(totals.hidden.overseasTravel).toBe(abroad.amount);
    expect(totals.hidden.vehiclePurchase).toBe(pickup.amount);
  });

  it('finds no 三公 in infrastructure, construction change orders, river ports or third parties\' cars', () => {
    const entries = [
      entry({ economicCode: '31005', summary: '车辆购置税补助资金公路工程进度款' }),
      entry({ economicCode: '31005', summary: '占用农家乐门前场地补偿款', payee: '渠水人家农家乐' }),
      entry({ economicCode: '30227', summary: '公路工程变更签证审核服务费' }),
      entry({ economicCode: '30211', summary: '赴港口码头督查水上交通安全差旅费' }),
      entry({ economicCode: '30227', summary: '清理弃置车辆拖移费（湘N·8M302）' }),
      entry({ economicCode: '30227', summary: '12328服务监督电话话务接待外包服务费' }),
      entry({ economicCode: '30299', summary: '海事巡逻艇加注柴油', payee: '中国石化会同城北加油站' }),
    ];
    expect(rowsFound(entries)).toEqual([]);
  });

  it('guests\' lodging is hospitality; seedlings from a 农庄, a fire crew\'s meals, a blower\'s petrol and timber 出境 are not 三公', () => {
    const lodging = entry({ economicCode: '30227', summary: '省林业局督导组来县检查期间住宿费', payee: '沅江宾馆' });
    const others = [
      entry({ economicCode: '30218', summary: '国土绿化苗木款', payee: '绿源农庄' }),
      entry({ economicCode: '30299', summary: '扑火队员扑救期间就餐费', payee: '老乡鸡快餐店' }),
      entry({ economicCode: '30218', summary: '风力灭火机用汽油' }),
      entry({ economicCode: '30202', summary: '松木及其制品出境检疫证明印制' }),
      entry({ economicCode: '30216', summary: '培训班学员住宿', payee: '沅江宾馆' }),
    ];
    expect(rowsFound([lodging, ...others])).toEqual([lodging.row]);
  });

  it('a law-enforcement car bought as office equipment is a 公务用车 purchase; samples bought at a restaurant and supervising vehicle-testing bodies are not 三公', () => {
    const car = entry({ economicCode: '31002', summary: '购置执法执勤用车（SUV）1辆' });
    const samples = entry({ economicCode: '30218', summary: '餐饮服务单位食品安全抽检样品费', payee: '锦江饭店' });
    const supervision = entry({ economicCode: '30211', summary: '机动车检测机构监督检查差旅费' });
    const { totals, findings } = threePublicTotals([car, samples, supervision], context());
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([car.row]);
    expect(totals.hidden.vehiclePurchase).toBe(car.amount);
  });

  it('the unit\'s own group going out is no visit; a river\'s 出境断面 and a seized lorry\'s plate are not 三公; 陪同 and a command car are', () => {
    const ownGroup = entry({ economicCode: '30211', summary: '局调研组赴乡镇调研午餐补助' });
    const section = entry({ economicCode: '30227', summary: '出境断面水质监测费' });
    const seized = entry({ economicCode: '30227', summary: '河道采砂执法查扣运砂车（湘U·F8825）停放费' });
    const escort = entry({ economicCode: '30201', summary: '陪同市水利局领导检查水库工作餐' });
    const commandCar = entry({ economicCode: '31003', summary: '购置防汛应急指挥车（越野）' });
    const { totals, findings } = threePublicTotals([ownGroup, section, seized, escort, commandCar], context());
    expect(linesOf(findings)).toEqual([escort.row, commandCar.row]);
    expect(totals.hidden.vehiclePurchase).toBe(commandCar.amount);
  });

  it('a visiting group\'s lodging is hospitality; volunteers\' and detainees\' meals, a hired bus and 限制出境 are not 三公', () => {
    const lodging = entry({ economicCode: '30211', summary: '支付安澜宾馆住宿费（省高院执行督查组4人3晚）', payee: '安澜宾馆' });
    const ownTrip = entry({ economicCode: '30211', summary: '局督查组赴长沙住宿费', payee: '长沙某宾馆' });
    const others = [
      entry({ economicCode: '30226', summary: '半程马拉松报到接待处志愿者餐补及交通补助' }),
      entry({ economicCode: '30299', summary: '开庭日羁押候审被告人及押解法警工作餐', payee: '惠民配餐有限公司' }),
      entry({ economicCode: '30214', summary: '租用大巴车（云A·72191）运送参赛队员' }),
      entry({ economicCode: '30207', summary: '被执行人限制出境协查函件EMS邮寄费' }),
    ];
    expect(rowsFound([lodging, ownTrip, ...others])).toEqual([lodging.row]);
  });

  it('处置 of an epidemic is no disposal of cars; travellers served (出境人员) and sampling at a hotel are not 三公', () => {
    const fuel = entry({ economicCode: '30299', summary: '疫情处置应急车辆加油', payee: '中国石化城南加油站' });
    const auction = entry({ economicCode: '30299', summary: '报废公务车辆拍卖评估服务费' });
    const travellers = entry({ economicCode: '30218', summary: '出境人员健康体检试剂' });
    const sampling = entry({ economicCode: '30227', summary: '酒店宾馆公共场所卫生监测采样', payee: '卢峰宾馆' });
    expect(rowsFound([fuel, auction, travellers, sampling])).toEqual([fuel.row]);
  });

  it('a refund or red-ink reversal nets against the hidden entry it reverses and is no finding of its own', () => {
    const meal = entry({ economicCode: '30299', summary: '协调会用餐', payee: '沅水人家酒楼', amount: 138_000 });
    const refund = entry({ economicCode: '30299', summary: '收到退回多收餐费', payee: '沅水人家酒楼', amount: -18_000 });
    const dinner = entry({ economicCode: '30299', summary: '宴请考察团', amount: 50_000 });
    const reversal = entry({ economicCode: '30299', summary: '冲销重复报销', amount: -50_000 });
    const { totals, findings } = threePublicTotals([meal, refund, dinner, reversal], context());
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([meal.row]);
    expect(findings[0]!.evidence[0]!.value).toBe(120_000);
    expect(totals.hidden.reception).toBe(120_000);
  });

  it('a 调账 moving money into or out of 公务接待费 is no hidden spending, and its other half is not subtracted', () => {
    const inCredit = entry({ voucher: '记-11', economicCode: '30215', summary: '调账：来宾餐费转列公务接待费', amount: -260_000 });
    const inDebit = entry({ voucher: '记-11', economicCode: '30217', summary: '调账：来宾餐费转列公务接待费', amount: 260_000 });
    const outCredit = entry({ voucher: '记-12', economicCode: '30217', summary: '调账：误记公务接待费的伙食费转列培训费', amount: -320_000 });
    const outDebit = entry({ voucher: '记-12', economicCode: '30216', summary: '调账：误记公务接待费的伙食费转列培训费', amount: 320_000 });
    const { totals, findings } = threePublicTotals([inCredit, inDebit, outCredit, outDebit], context());
    expect(findings).toEqual([]);
    expect(totals.booked.reception + totals.hidden.reception).toBe(260_000 - 320_000);
    expect(totals.hidden.reception).toBe(0);
  });

  it('meal words are explained by a conference or course class; 宴请 is not; a meal word alone is no finding, at a restaurant it is', () => {
    const conference = entry({ economicCode: '30215', summary: '全县工作会议工作餐', payee: '锦江大酒店' });
    const hall = entry({ economicCode: '30214', summary: '推介会会场租赁费', payee: '锦江大酒店' });
    const staffMeal = entry({ economicCode: '30299', summary: '支付工作餐费' });
    const atRestaurant = entry({ economicCode: '30299', summary: '支付工作餐费', payee: '县好味饭店' });
    const banquet = entry({ economicCode: '30215', summary: '宴请澳门旅游推介团', payee: '锦江大酒店' });
    expect(rowsFound([conference, hall, staffMeal, atRestaurant, banquet])).toEqual([atRestaurant.row, banquet.row]);
  });

  it('negative context per category: participants\' board, cheering, equipment inspections, a visitor centre', () => {
    const lookAlikes = [
      entry({ economicCode: '30299', summary: '运动会运动员伙食费', payee: '锦江大酒店', nature: 'project', projectName: '全民健身运动会经费' }),
      entry({ economicCode: '30218', summary: '运动会加油助威道具' }),
      entry({ economicCode: '30213', summary: '全民健身路径器材年检' }),
      entry({ economicCode: '30206', summary: '游客接待中心水电费' }),
      entry({ economicCode: '30202', summary: '出境旅游市场专项整治资料印制' }),
      entry({ economicCode: '30227', summary: '报废公务车辆拍卖评估服务费' }),
    ];
    expect(rowsFound(lookAlikes)).toEqual([]);
    const realOnes = [entry({ economicCode: '30213', summary: '公务车更换轮胎' }), entry({ economicCode: '30299', summary: '公务用车加油卡充值' })];
    expect(rowsFound(realOnes)).toEqual(realOnes.map((e) => e.row));
  });

  it('text is evidence only in the classes where 三公 can hide: not a subsidy to an enterprise', () => {
    const subsidy = entry({ economicCode: '31299', summary: '对组团赴港推介的旅行社给予奖励' });
    const trip = entry({ economicCode: '30211', summary: '赴港参加推介会机票' });
    expect(rowsFound([subsidy, trip])).toEqual([trip.row]);
  });

  it('a plate on a newly bought car\'s registration is purchase, not running costs', () => {
    const registration = entry({ economicCode: '30299', summary: '新购公务用车湘N·D82176上牌费', amount: 42_000 });
    const repair = entry({ economicCode: '30299', summary: '湘N·C3K71维修', amount: 10_000 });
    const { totals } = threePublicTotals([registration, repair], context());
    expect(totals.hidden).toMatchObject({ vehiclePurchase: 42_000, vehicleOperation: 10_000 });
  });

  it('a filling station as payee is evidence of fuel; a hotel’s 住宿 or 会务 explains the hotel; receiving the public is not hospitality', () => {
    const fuelCard = entry({ economicCode: '30299', summary: '1季度充值', payee: '中国石化销售股份有限公司湖南怀化麻阳加油站' });
    const lodging = entry({ economicCode: '30299', summary: '驻村工作队住宿费', payee: '高村镇政府招待所' });
    const fieldMeeting = entry({ economicCode: '30227', summary: '春耕生产现场会会务费', payee: '长寿宾馆' });
    const petitions = entry({ economicCode: '30202', summary: '接待群众来访登记簿印制' });
    const lorry = entry({ economicCode: '30227', summary: '租用湘N·B3675货车运输防疫物资' });
    expect(rowsFound([fuelCard, lodging, fieldMeeting, petitions, lorry])).toEqual([fuelCard.row]);
  });

  it('a car with vehicle evidence bought under a capital class is a purchase', () => {
    const car = entry({ economicCode: '31003', summary: '购置执法执勤用车（湘N·F3385）', amount: 14_860_000 });
    const { totals } = threePublicTotals([car], context());
    expect(totals.hidden).toMatchObject({ vehiclePurchase: 14_860_000, vehicleOperation: 0 });
  });

  it('a refund by another hand for part of a hidden meal nets against it when its own text names the same category', () => {
    const lunch = entry({ economicCode: '30227', summary: '考察团参观示范园午餐', payee: '楠木桥生态农业观光园', amount: 118_000, nature: 'project', projectName: '农业机械化推广经费' });
    const refund = entry({ economicCode: '30227', summary: '退回多报销的考察团午餐费', payee: '王芳', amount: -18_000, nature: 'project', projectName: '农业机械化推广经费' });
    const { totals, findings } = threePublicTotals([lunch, refund], context());
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([lunch.row]);
    expect(totals.hidden.reception).toBe(100_000);
  });

  it('a county guesthouse named 接待中心 and a transport bureau’s own car are still evidence', () => {
    const banquet = entry({ economicCode: '30299', summary: '在县政府接待中心宴请省考察组' });
    const car = entry({ economicCode: '30213', summary: '交通运输局公务车维修' });
    expect(rowsFound([banquet, car])).toEqual([banquet.row, car.row]);
  });
  it('meals of the people a programme serves or fields, and hired cars, are not 三公; a car dealer or a car model under a capital class is a purchase', () => {
    const athletes = entry({ economicCode: '30299', summary: '集训队运动员周末午餐', payee: '云岭县彝家乐餐厅' });
    const trainees = entry({ economicCode: '30299', summary: '村民技能培训学员用餐', payee: '长寿宾馆' });
    const guests = entry({ economicCode: '30299', summary: '省厅检查组午餐', payee: '云岭县彝家乐餐厅' });
    const hired = entry({ economicCode: '30239', summary: '租用湘N·B3675中巴车接送评审专家' });
    const taxi = entry({ economicCode: '30239', summary: '出租车费（湘N·T2231）' });
    const own = entry({ economicCode: '30239', summary: '湘N·F3385加油' });
    expect(rowsFound([athletes, trainees, guests, hired, taxi, own])).toEqual([guests.row, own.row]);
    const dealer = entry({ economicCode: '31003', summary: '赛事保障设备1套', payee: '曲州市通达汽车销售服务有限公司', amount: 20_000_000 });
    const model = entry({ economicCode: '31002', summary: '采购别克GL8一辆', amount: 26_000_000 });
    const repair = entry({ economicCode: '30213', summary: '保养', payee: '曲州市通达汽车销售服务有限公司', amount: 200_000 });
    const { totals } = threePublicTotals([dealer, model, repair], context());
    expect(totals.hidden).toMatchObject({ vehiclePurchase: 46_000_000, vehicleOperation: 200_000 });
  });
  it('an event\'s meals with its notice and sign-in sheet, and 出国 in a designation of veterans, are not 三公; a visiting body\'s lunch still is', () => {
    const gathering = entry({ economicCode: '30299', summary: '军休干部春节团拜会餐费（通知、签到表）', payee: '枫林宾馆' });
    const meeting = entry({ economicCode: '30299', summary: '业务座谈会午餐（会议通知、签到表）', payee: '枫林宾馆' });
    const medals = entry({ economicCode: '30202', summary: '抗美援朝出国作战老战士纪念章颁发仪式物料' });
    const visit = entry({ economicCode: '30299', summary: '付市退役军人事务局调研组午餐', payee: '枫林县湘味土菜馆' });
    expect(rowsFound([gathering, meeting, medals, visit])).toEqual([visit.row]);
  });

  it('the unit\'s own staff, a meeting or the retirees at a restaurant are not 公务接待; a visiting leader\'s meal is', () => {
    const duty = entry({ economicCode: '30299', summary: '防汛值班人员夜餐', payee: '县好味饭店' });
    const overtime = entry({ economicCode: '30299', summary: '加班工作餐', payee: '县好味饭店' });
    const staff = entry({ economicCode: '30299', summary: '干部职工工作餐配送', payee: '县禾丰餐饮管理有限公司' });
    const meeting = entry({ economicCode: '30299', summary: '召开全县安全生产工作会议午餐', payee: '县迎宾宾馆' });
    const retirees = entry({ economicCode: '30299', summary: '春节离退休干部茶话会场地及茶点', payee: '县迎宾宾馆' });
    const leader = entry({ economicCode: '30215', summary: '上级领导调研工作餐' });
    const audit = entry({ economicCode: '30299', summary: '省审计组进点期间午餐' });
    expect(rowsFound([duty, overtime, staff, meeting, retirees, leader, audit])).toEqual([leader.row, audit.row]);
  });

  it('car-reform allowances, a car park\'s paving, private passports and a sprayer\'s petrol are not 三公', () => {
    const reform = entry({ economicCode: '30299', summary: '公务用车制度改革补贴' });
    const paving = entry({ economicCode: '30213', summary: '公务用车停车场地面硬化', payee: '县建工公司' });
    const passports = entry({ economicCode: '30201', summary: '购置因私出国（境）证照保管柜' });
    const sprayer = entry({ economicCode: '30218', summary: '消杀喷雾用汽油' });
    const generator = entry({ economicCode: '30299', summary: '应急发电车加油', payee: '中国石化县加油站' });
    expect(rowsFound([reform, paving, passports, sprayer, generator])).toEqual([]);
  });

  it('plates written with a hyphen and police plates are a car; a trailer\'s plate is not; a fuel company, car-care words and 港澳通行证 are evidence', () => {
    const hyphen = entry({ economicCode: '30213', summary: '湘A-12345保养' });
    const police = entry({ economicCode: '30213', summary: '湘A1234警 保养' });
    const trailer = entry({ economicCode: '30299', summary: '湘A12345挂 装卸' });
    const fuel = entry({ economicCode: '30299', summary: '加油', payee: '中国石油化工股份有限公司湖南石油分公司' });
    const body = entry({ economicCode: '30213', summary: '车辆钣金喷漆' });
    const dutyCar = entry({ economicCode: '30213', summary: '执法执勤用车保养' });
    const permit = entry({ economicCode: '30299', summary: '办理港澳通行证及签注' });
    const { totals, findings } = threePublicTotals([hyphen, police, trailer, fuel, body, dutyCar, permit], context());
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([hyphen.row, police.row, fuel.row, body.row, dutyCar.row, permit.row]);
    expect(totals.hidden.overseasTravel).toBe(permit.amount);
  });

  it('a new car\'s insurance is a running cost, its purchase tax and plates are the purchase', () => {
    const insurance = entry({ economicCode: '30299', summary: '新购车辆保险', amount: 4_000 });
    const plate = entry({ economicCode: '30299', summary: '湘A·D12345新车保险', amount: 3_000 });
    const tax = entry({ economicCode: '30299', summary: '新购车辆购置税', amount: 12_000 });
    const { totals } = threePublicTotals([insurance, plate, tax], context());
    expect(totals.hidden).toMatchObject({ vehicleOperation: 7_000, vehiclePurchase: 12_000 });
  });

  it('the public going abroad to work and the public\'s freight vehicles are not the unit\'s 三公', () => {
    const leaflets = entry({ economicCode: '30202', summary: '出国劳务人员权益保障宣传折页印刷' });
    const lorries = entry({ economicCode: '30227', summary: '渣土运输车辆密闭改装验收检测服务费（42台）', payee: '某县安达机动车检测有限公司' });
    const ownCar = entry({ economicCode: '30227', summary: '湘A·3K762年审检测', payee: '某县安达机动车检测有限公司' });
    expect(rowsFound([leaflets, lorries, ownCar])).toEqual([ownCar.row]);
  });

  it('a union outing at a resort and a compilation of rules on going abroad are not 三公; a study visit to Hong Kong is', () => {
    const outing = entry({ economicCode: '30299', summary: '工会会员春游', payee: '县云湖山庄' });
    const rules = entry({ economicCode: '30202', summary: '出国（境）管理规定汇编印刷' });
    const visit = entry({ economicCode: '30211', summary: '香港考察住宿费' });
    expect(rowsFound([outing, rules, visit])).toEqual([visit.row]);
  });

  it('ambulances, a lamp-repair lorry, a checked 加油机, a meeting\'s or an event\'s meals and a subsidised stand abroad are not 三公; patrol and police cars are', () => {
    const ambulance = entry({ economicCode: '30213', summary: '120急救车辆维修' });
    const lorry = entry({ economicCode: '30213', summary: '路灯维修车高空作业' });
    const pump = entry({ economicCode: '30299', summary: '加油机检定', payee: '县好运加油站' });
    const review = entry({ economicCode: '30299', summary: '专家评审会工作餐', payee: '县好味饭店' });
    const dispatch = entry({ economicCode: '30299', summary: '全县防汛调度会工作餐', payee: '县好味饭店' });
    const workers = entry({ economicCode: '30299', summary: '环卫工人春节年夜饭', payee: '县好味饭店' });
    const referees = entry({ economicCode: '30299', summary: '全市运动会裁判员用餐', payee: '县好味饭店' });
    const stand = entry({ economicCode: '30299', summary: '组织企业赴越南参展展位费补助' });
    const patrol = entry({ economicCode: '30213', summary: '路政巡查车维修' });
    const police = entry({ economicCode: '30213', summary: '警车保养' });
    const plate = entry({ economicCode: '30213', summary: '湘N·A1203保养' });
    expect(rowsFound([ambulance, lorry, pump, review, dispatch, workers, referees, stand, patrol, police, plate])).toEqual([patrol.row, police.row, plate.row]);
  });

  it('no word of the 三公 lists is digits alone (a number is part of plates and amounts)', () => {
    const lists: string[][] = [];
    // Word lists only (words, excludeWords, withAny …), not the economic classes.
    const walk = (x: unknown, key = '') => {
      if (Array.isArray(x) && x.every((w) => typeof w === 'string')) {
        if (/words|withAny|unlessAny/i.test(key)) lists.push(x as string[]);
      } else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, Array.isArray(x) ? key : k);
    };
    walk(context().rules.threePublic);
    expect(lists.flat().filter((w) => /^\d+$/.test(w))).toEqual([]);
  });

  it('a restaurant as the regulated party or a subsidy\'s recipient, and a motorcycle, are not 三公; staff meals billed by a hotel still are evidence', () => {
    const fumes = entry({ economicCode: '30227', summary: '餐饮油烟整治第三方检测', payee: '县好味饭店' });
    const signs = entry({ economicCode: '30299', summary: '餐饮店门头招牌统一更换补助', payee: '县好味饭店' });
    const motorbike = entry({ economicCode: '30213', summary: '执法摩托车维修', payee: '县顺达汽修厂' });
    const staff = entry({ economicCode: '30299', summary: '支付2月工作人员用餐费', payee: '县辰龙大酒店' });
    expect(rowsFound([fumes, signs, motorbike, staff])).toEqual([staff.row]);
  });

  it('境外, 国外 and 海外 with a word of travel are a trip abroad; alone they are not', () => {
    const lodging = entry({ economicCode: '30299', summary: '境外住宿费' });
    const visit = entry({ economicCode: '30211', summary: '赴国外考察' });
    const cases = entry({ economicCode: '30299', summary: '境外输入病例排查' });
    const talent = entry({ economicCode: '30299', summary: '海外引才宣传' });
    expect(rowsFound([lodging, visit, cases, talent])).toEqual([lodging.row, visit.row]);
  });

  it('赴 or 前往 a place in the country (赴省, 前往武汉) is a domestic trip, whatever its course is about; another travel word abroad still counts', () => {
    const course = entry({ economicCode: '30211', summary: '王五赴武汉参加境外经贸合作业务培训差旅费' });
    const province = entry({ economicCode: '30211', summary: '前往省商务厅参加海外仓政策培训' });
    const transfer = entry({ economicCode: '30211', summary: '赴上海转机赴新加坡考察' });
    const abroad = entry({ economicCode: '30211', summary: '赴国外考察' });
    expect(rowsFound([course, province, transfer, abroad])).toEqual([transfer.row, abroad.row]);
  });

  it('a 考察组\'s lodging and 招待客人 are hospitality; a stay at a 招待所 is not', () => {
    const group = entry({ economicCode: '30299', summary: '市局考察组住宿', payee: '县迎宾宾馆' });
    const guests = entry({ economicCode: '30299', summary: '招待客人烟酒' });
    const guesthouse = entry({ economicCode: '30211', summary: '赴省城培训期间招待所住宿费' });
    expect(rowsFound([group, guests, guesthouse])).toEqual([group.row, guests.row]);
  });

  it('receiving the public (a receptionist, petitioners, travellers, a service hall) is not 公务接待; receiving outside merchants is', () => {
    const receptionist = entry({ economicCode: '30226', summary: '前台接待员劳务费' });
    const petitioners = entry({ economicCode: '30299', summary: '接待上访人员' });
    const travellers = entry({ economicCode: '30299', summary: '春运旅客接待' });
    const hall = entry({ economicCode: '30227', summary: '政务大厅接待服务外包' });
    const patrolCart = entry({ economicCode: '31003', summary: '购置电动巡逻车' });
    const merchants = entry({ economicCode: '30299', summary: '接待外地客商' });
    expect(rowsFound([receptionist, petitioners, travellers, hall, patrolCart, merchants])).toEqual([merchants.row]);
  });

  it('the business of roads and parking, regulated car washes and pump engines are no car of the unit; its own tolls and parking are', () => {
    const gantry = entry({ economicCode: '30213', summary: 'ETC门架系统维护' });
    const collection = entry({ economicCode: '30227', summary: '路内停车费收缴系统运维' });
    const wash = entry({ economicCode: '30299', summary: '洗车场污水排放检查' });
    const pump = entry({ economicCode: '30218', summary: '抽水汽油机维修' });
    // 过路过桥费 or 停车费 alone may be a hired car's or a traveller's; with the unit's car named or its plate they are its own.
    const tolls = entry({ economicCode: '30239', summary: '过路过桥费' });
    const parking = entry({ economicCode: '30239', summary: '停车费' });
    const ownTolls = entry({ economicCode: '30239', summary: '公务用车过路过桥费' });
    const ownParking = entry({ economicCode: '30239', summary: '湘N·F3385停车费' });
    const card = entry({ economicCode: '30299', summary: '公车ETC充值' });
    expect(rowsFound([gantry, collection, wash, pump, tolls, parking, ownTolls, ownParking, card])).toEqual([ownTolls.row, ownParking.row, card.row]);
  });

  it('restaurants and lodgings under other trade names are evidence; a lodging paid for a stay is not', () => {
    const fish = entry({ economicCode: '30299', summary: '付餐费', payee: '县东江鱼馆' });
    const resort = entry({ economicCode: '30299', summary: '晚餐', payee: '县云水度假村' });
    const inn = entry({ economicCode: '30299', summary: '驻村工作队住宿', payee: '县桃源民宿' });
    expect(rowsFound([fish, resort, inn])).toEqual([fish.row, resort.row]);
  });

  it('behind a 公务卡 repayment or 报销人 the 摘要 names the restaurant, and must say what was paid; without a payee a restaurant named as the object of the work is no evidence', () => {
    const card = entry({ economicCode: '30299', summary: '公务卡还款（县好味饭店餐费）', payee: '公务卡还款' });
    const claim = entry({ economicCode: '30201', summary: '报销县好味饭店用餐费用', payee: '报销人' });
    // The restaurant alone is one fact (饭 of 饭店 is its trade, not a meal).
    const bare = entry({ economicCode: '30299', summary: '公务卡还款（县好味饭店）', payee: '公务卡还款' });
    const bareClaim = entry({ economicCode: '30201', summary: '报销县好味饭店费用', payee: '报销人' });
    const lodging = entry({ economicCode: '30211', summary: '出差住县迎宾宾馆住宿费', payee: '报销人' });
    const inspection = entry({ economicCode: '30299', summary: '农家乐消防安全检查' });
    expect(rowsFound([card, claim, bare, bareClaim, lodging, inspection])).toEqual([card.row, claim.row]);
  });

  it('a weak word alone is no finding; with a second word of its category it is', () => {
    const fund = entry({ economicCode: '30299', summary: '接待工作经费' });
    const guests = entry({ economicCode: '30299', summary: '招商引资客商接待' });
    const visa = entry({ economicCode: '30299', summary: '签证费' });
    const trip = entry({ economicCode: '30299', summary: '出国考察签证费' });
    const tyres = entry({ economicCode: '30213', summary: '更换轮胎' });
    const carTyres = entry({ economicCode: '30213', summary: '执法车辆更换轮胎' });
    const plates = entry({ economicCode: '30299', summary: '牌照费' });
    expect(rowsFound([fund, guests, visa, trip, tyres, carTyres, plates])).toEqual([guests.row, trip.row, carTyres.row]);
  });

  it('a payee of the category or a plate needs a purpose of its kind in the 摘要', () => {
    const sweeping = entry({ economicCode: '30299', summary: '门前道路保洁服务费', payee: '县好味饭店' });
    const meal = entry({ economicCode: '30299', summary: '市局督查组晚饭', payee: '县好味饭店' });
    const document = entry({ economicCode: '30202', summary: '川A2024B号文件印刷' });
    const fuel = entry({ economicCode: '30202', summary: '川A2024B加油' });
    const lease = entry({ economicCode: '30214', summary: '场站租金', payee: '县顺达汽修厂' });
    const dealerAsset = entry({ economicCode: '31003', summary: '应急保障设备1套', payee: '市通达汽车销售服务有限公司' });
    const { totals, findings } = threePublicTotals([sweeping, meal, document, fuel, lease, dealerAsset], context());
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([meal.row, fuel.row, dealerAsset.row]);
    expect(totals.hidden).toMatchObject({ reception: meal.amount, vehicleOperation: fuel.amount, vehiclePurchase: dealerAsset.amount });
  });

  it('a plate in an enforcement case is a third party\'s car; the unit\'s own plated car at a garage is not', () => {
    const illegal = entry({ economicCode: '30299', summary: '查处湘N12345非法营运' });
    const notice = entry({ economicCode: '30299', summary: '湘N12345违停处罚告知书印制' });
    const deposit = entry({ economicCode: '30299', summary: '退还湘N12345车主保证金' });
    const own = entry({ economicCode: '30213', summary: '湘N12345维修', payee: '县顺达汽修厂' });
    expect(rowsFound([illegal, notice, deposit, own])).toEqual([own.row]);
  });

  it('equipment a car noun qualifies (车辆识别系统, 汽车衡, 汽车充电桩) is not a car; a car bought with its accessories is', () => {
    const recognition = entry({ economicCode: '31002', summary: '购置车辆识别系统' });
    const scale = entry({ economicCode: '31003', summary: '购置汽车衡（地磅）' });
    const charger = entry({ economicCode: '31003', summary: '购买新能源汽车充电桩' });
    const car = entry({ economicCode: '31002', summary: '购置执法指挥车1辆（含车载布控终端）', payee: '某市汽车销售有限公司' });
    const { totals, findings } = threePublicTotals([recognition, scale, charger, car], context());
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([car.row]);
    expect(totals.hidden.vehiclePurchase).toBe(car.amount);
  });

  it('an exhibit, model or teaching aid a car noun qualifies (新能源汽车原理展品, 汽车模型) is not a car; a car carrying exhibits is', () => {
    const exhibit = entry({ economicCode: '31003', summary: '流动科技馆 新能源汽车原理展品购置' });
    const model = entry({ economicCode: '31002', summary: '采购汽车发动机结构模型' });
    const aid = entry({ economicCode: '31003', summary: '购置车辆安全驾驶教具' });
    const van = entry({ economicCode: '31003', summary: '购置科普展品运输车辆1辆' });
    const { totals, findings } = threePublicTotals([exhibit, model, aid, van], context());
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([van.row]);
    expect(totals.hidden.vehiclePurchase).toBe(van.amount);
  });

  it('reads the 政府 economic classes of an export that carries only them: booked 三公 counts, hidden 三公 names the 政府 class, transfers hide none', () => {
    const booked = entry({ economicCode: '50206', summary: '接待市局调研组', amount: 50_000 });
    const fuel = entry({ economicCode: '50208', summary: '公务用车加油', amount: 30_000 });
    const car = entry({ economicCode: '50303', summary: '购置执法执勤用车1辆', amount: 15_000_000 });
    const hidden = entry({ economicCode: '50299', summary: '市局检查组午餐费', payee: '县好味饭店', amount: 80_000 });
    const transfer = entry({ economicCode: '50901', summary: '困难群众春节慰问接待点补助', payee: '县好味饭店' });
    const road = entry({ economicCode: '50302', summary: '公路工程车辆购置税补助资金进度款' });
    const { totals, findings } = threePublicTotals([booked, fuel, car, hidden, transfer, road], context());
    expect(totals.booked).toEqual({ reception: 50_000, overseasTravel: 0, vehicleOperation: 30_000, vehiclePurchase: 15_000_000 });
    expect(totals.hidden.reception).toBe(80_000);
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([hidden.row]);
    expect(findings[0]!.message).toContain('应为 50206）');
  });

  it('a 三公 item as the subject of the unit\'s audit of other bodies is no 三公 spending; a visiting 审计组 at table is', () => {
    const cars = entry({ economicCode: '30226', summary: '县交通运输局公务用车使用管理专项审计调查外聘评估人员劳务费' });
    const purchase = entry({ economicCode: '30227', summary: '县公安局执法执勤车辆购置项目跟踪审计造价咨询' });
    const trips = entry({ economicCode: '30202', summary: '全县因公出国（境）经费专项审计调查资料印制' });
    const guests = entry({ economicCode: '30299', summary: '市审计局审计组午餐', payee: '县迎宾酒楼' });
    expect(rowsFound([cars, purchase, trips, guests])).toEqual([guests.row]);
  });

  it('a 三公 word naming the subject of a form, a register, a software or a course is no 三公 spending', () => {
    const forms = entry({ economicCode: '30202', summary: '公务接待审批单印制' });
    const register = entry({ economicCode: '30201', summary: '公务用车登记簿' });
    const software = entry({ economicCode: '30227', summary: '公务用车管理系统运维费' });
    const etiquette = entry({ economicCode: '30299', summary: '公务接待礼仪培训讲课费' });
    const drivers = entry({ economicCode: '30299', summary: '公务用车驾驶员安全培训' });
    const abroad = entry({ economicCode: '30299', summary: '境外培训团组国际机票' });
    const meal = entry({ economicCode: '30299', summary: '公务接待午餐（市局检查组）' });
    expect(rowsFound([forms, register, software, etiquette, drivers, abroad, meal])).toEqual([abroad.row, meal.row]);
  });

  it('without a payee the 摘要 is read for the trade, whose purpose it must state: a restaurant as the object of the work is none', () => {
    const lunch = entry({ economicCode: '30299', summary: '付县锦江大酒店午餐费' });
    const fuel = entry({ economicCode: '30201', summary: '中国石化加油卡充值' });
    const campaign = entry({ economicCode: '30299', summary: '沿街餐馆垃圾分类宣传' });
    const safety = entry({ economicCode: '30299', summary: '酒店行业安全生产检查' });
    expect(rowsFound([lunch, fuel, campaign, safety])).toEqual([lunch.row, fuel.row]);
  });

  it('a mainland place named with 台 or 港 is no trip to Taiwan or Hong Kong', () => {
    const taizhou = entry({ economicCode: '30211', summary: '赴台州考察城市更新往返车票' });
    const taishan = entry({ economicCode: '30211', summary: '赴台山市学习侨乡文旅经验差旅费' });
    const gangnan = entry({ economicCode: '30211', summary: '赴港南区交流住宿费' });
    const taiwan = entry({ economicCode: '30211', summary: '赴台湾参加两岸交流会往返机票' });
    const hongkong = entry({ economicCode: '30211', summary: '赴港参加经贸推介会机票' });
    expect(rowsFound([taizhou, taishan, gangnan, taiwan, hongkong])).toEqual([taiwan.row, hongkong.row]);
  });

  it('a fuel company paid for what it sells besides fuel states no car; a dealer\'s car is named or bought under a capital class', () => {
    const gas = entry({ economicCode: '30299', summary: '购买食堂液化气', payee: '中国石油天然气股份有限公司县分公司' });
    const fuel = entry({ economicCode: '30299', summary: '购买加油卡', payee: '中国石油天然气股份有限公司县分公司' });
    const parts = entry({ economicCode: '30213', summary: '购买车辆配件', payee: '县通达汽车销售服务有限公司' });
    expect(rowsFound([gas, fuel, parts])).toEqual([fuel.row, parts.row]);
  });

  it('a payee that is a person (the claimant) names no trading party: the 摘要 is read for the restaurant', () => {
    const claim = entry({ economicCode: '30201', summary: '报销县好味饭店晚饭费用', payee: '张建军' });
    const travel = entry({ economicCode: '30211', summary: '报销赴市开会差旅费', payee: '张建军' });
    const company = entry({ economicCode: '30299', summary: '支付县好味饭店晚饭费用', payee: '县文具店' });
    expect(rowsFound([claim, travel, company])).toEqual([claim.row]);
  });

  it('a weak word corroborated only by a meal or a night\'s lodging counts where neither the class nor the 摘要 explains them', () => {
    const guesthouse = entry({ economicCode: '30211', summary: '出差入住县接待中心住宿费' });
    const guests = entry({ economicCode: '30211', summary: '接待招商客商住宿费' });
    const conference = entry({ economicCode: '30215', summary: '会议期间接待用餐' });
    const office = entry({ economicCode: '30299', summary: '接待用餐' });
    expect(rowsFound([guesthouse, guests, conference, office])).toEqual([guests.row, office.row]);
  });

  it('a car booked under 公务用车购置 named only as a car stays a purchase; a running item booked there moves', () => {
    const car = entry({ economicCode: '31013', summary: '执法执勤用车1辆（比亚迪宋）', amount: 15_000_000 });
    const plain = entry({ economicCode: '31013', summary: '公务用车1辆', amount: 10_000_000 });
    const insurance = entry({ economicCode: '31013', summary: '执法执勤用车交强险', amount: 100_000 });
    const { totals, findings } = threePublicTotals([car, plain, insurance], context());
    expect(totals.booked).toMatchObject({ vehiclePurchase: 25_000_000, vehicleOperation: 100_000 });
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([insurance.row]);
  });

  it('postage, an inspected garage, a hotel hall hired and a dinner\'s show are no 三公 spending', () => {
    const post = entry({ economicCode: '30299', summary: '因公出国（境）审批材料邮寄' });
    const garage = entry({ economicCode: '30299', summary: '车辆维修厂安全检查' });
    const hall = entry({ economicCode: '30299', summary: '宴会厅租用（招商推介会）', payee: '县迎宾酒店' });
    const show = entry({ economicCode: '30226', summary: '春节晚宴节目演出劳务费' });
    const dinner = entry({ economicCode: '30299', summary: '招商推介会晚宴', payee: '县迎宾酒店' });
    expect(rowsFound([post, garage, hall, show, dinner])).toEqual([dinner.row]);
  });

  it('a subsidy for others\' vehicles and a foreign group received are no 三公 of the unit; its own trip abroad is', () => {
    const subsidy = entry({ economicCode: '30299', summary: '电子商务进农村物流车辆购置补助' });
    const received = entry({ economicCode: '30299', summary: '境外客商来县考察用车租赁' });
    const trip = entry({ economicCode: '30299', summary: '赴境外考察跨境电商住宿费' });
    expect(rowsFound([subsidy, received, trip])).toEqual([trip.row]);
  });

  it('a facility named for the vehicles that use it (道闸, 充电桩) is no car: its repair or purchase is no 公务用车 spending', () => {
    const gate = entry({ economicCode: '30213', summary: '机关大院车辆进出道闸维修' });
    const charger = entry({ economicCode: '30213', summary: '新能源车辆充电桩维修' });
    const bought = entry({ economicCode: '31002', summary: '采购车辆出入口道闸一套' });
    const car = entry({ economicCode: '30213', summary: '执法车辆维修' });
    expect(rowsFound([gate, charger, bought, car])).toEqual([car.row]);
  });

  it('a meal of visitors named by the place they came to (来馆, 来院, 来站 …) is hospitality whatever class it was booked in', () => {
    const experts = entry({ economicCode: '30216', summary: '省古籍保护中心专家来馆指导餐费', payee: '溪山宾馆', nature: 'project', projectName: '古籍保护与数字化' });
    const course = entry({ economicCode: '30216', summary: '古籍修复培训班学员餐费', payee: '溪山宾馆', nature: 'project', projectName: '古籍保护与数字化' });
    expect(rowsFound([experts, course])).toEqual([experts.row]);
  });
  it('reads meals under the pupils\' nutrition programme as the programme\'s cost, not 公务接待, even from a caterer', () => {
    // Given a 营养改善计划 lunch catered by a 餐饮 company (no 学生 in the 摘要) and a restaurant bill of a visiting group
    const pupils = entry({ economicCode: '30218', summary: '营养改善计划5月午餐配餐', payee: '县味香园餐饮有限公司', amount: 64_200_00 });
    const guests = entry({ economicCode: '30299', summary: '市督导组一行午餐', payee: '县味香园餐饮有限公司', amount: 860_00 });
    // When the 三公 totals are read
    const { totals, findings } = threePublicTotals([pupils, guests], context());
    // Then only the visiting group's meal is hospitality
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([guests.row]);
    expect(totals.hidden.reception).toBe(guests.amount);
  });
  it('a visiting group named for what it reviews (省教师培训评估组) is still a visiting group: its meal is hospitality', () => {
    // Given a hotel meal of an evaluation group whose name holds an exclude word (培训), booked under 培训费,
    // a course's trainees' meal there, and a meal whose 摘要 names trainees before the group
    const group = entry({ economicCode: '30216', summary: '县宾馆用餐（省教师培训评估组）', payee: '县宾馆有限公司', amount: 4_280_00 });
    const trainees = entry({ economicCode: '30216', summary: '新教师岗前培训学员伙食费', payee: '县宾馆有限公司', amount: 12_480_00 });
    const mixed = entry({ economicCode: '30216', summary: '培训学员及评估组用餐', payee: '县宾馆有限公司', amount: 900_00 });
    // When the 三公 totals are read
    const { totals, findings } = threePublicTotals([group, trainees, mixed], context());
    // Then only the group's meal counts; the trainees stay the course's cost
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([group.row]);
    expect(totals.hidden.reception).toBe(group.amount);
  });
  it('a domestic trip about an overseas subject (赴长沙参加境外投资项目备案管理培训) is no trip abroad; a trip abroad still is', () => {
    // Given trips to domestic places whose training or work is about something abroad
    const investment = entry({ economicCode: '30211', summary: '王芳赴长沙参加境外投资项目备案管理培训差旅费', payee: '王芳' });
    const archives = entry({ economicCode: '30211', summary: '赴省城参加境外档案征集工作培训差旅费', payee: '报销人' });
    const cityPolicy = entry({ economicCode: '30299', summary: '赴湘潭市参加美国市场准入政策培训', payee: '李军' });
    const groups = entry({ economicCode: '30211', summary: '赴北京参加出国（境）团组管理业务培训差旅费', payee: '张敏' });
    // and trips abroad: to a foreign place, a training abroad whatever city it leaves from, a visa fetched in a city
    const germany = entry({ economicCode: '30211', summary: '赴德国考察', payee: '张敏' });
    const singapore = entry({ economicCode: '30299', summary: '出访新加坡住宿费', payee: '张敏' });
    const official = entry({ economicCode: '30211', summary: '因公出国（境）费用', payee: '张敏' });
    const via = entry({ economicCode: '30211', summary: '赴广州转机赴泰国考察机票', payee: '张敏' });
    const trainingAbroad = entry({ economicCode: '30211', summary: '赴上海参加境外培训差旅费', payee: '张敏' });
    const visa = entry({ economicCode: '30211', summary: '赴北京办理境外考察团签证差旅费', payee: '张敏' });
    // When the 三公 totals are read
    const { totals, findings } = threePublicTotals(
      [investment, archives, cityPolicy, groups, germany, singapore, official, via, trainingAbroad, visa],
      context(),
    );
    // Then only the trips abroad count
    expect(linesOf(findings)).toEqual([germany.row, singapore.row, official.row, via.row, trainingAbroad.row, visa.row]);
    expect(totals.hidden.overseasTravel).toBe(germany.amount + singapore.amount + official.amount + via.amount + trainingAbroad.amount + visa.amount);
  });

  it("a visiting evaluation group's hotel meal is hospitality under 会议费 when no meeting is named; a meeting's meal is not", () => {
    // Given a hotel lunch of a visiting 绩效评价组 booked under 会议费, and a named meeting's lunch with a supervising group
    const evaluation = entry({ economicCode: '30215', summary: '县宾馆午餐（省项目绩效评价组一行）', payee: '县宾馆有限公司', amount: 3_960_00 });
    const meeting = entry({ economicCode: '30215', summary: '全县春耕生产现场会议午餐（市督导组及各乡镇）', payee: '县宾馆有限公司', amount: 2_400_00 });
    const course = entry({ economicCode: '30216', summary: '农技培训班午餐（省检查组列席）', payee: '县宾馆有限公司', amount: 1_600_00 });
    // and a named meeting's lunch of a supervising group that came as a party of its own (一行)
    const party = entry({ economicCode: '30215', summary: '安全生产工作会议县宾馆午餐（市督导组一行）', payee: '县宾馆有限公司', amount: 1_800_00 });
    // When the 三公 totals are read
    const { totals, findings } = threePublicTotals([evaluation, meeting, course, party], context());
    // Then the evaluation group's and the visiting party's lunches are hidden hospitality, the participants' are not
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([evaluation.row, party.row]);
    expect(totals.hidden.reception).toBe(evaluation.amount + party.amount);
  });
});

describe('ledger.three-public reads an entry line with its voucher\'s 摘要', () => {
  it('finds a car repair the voucher names (公务用车维修) over a line that names no car, and quotes both', () => {
    // Given a voucher line 公务用车维修 over an entry line naming the parts, booked under 维修费
    const tyres = entry({ economicCode: '30213', summary: '更换配件', voucherSummary: '公务用车维修' });
    // When the rule reads it
    const found = threePublic.check([tyres], context()).filter((f) => f.evidence[0]?.path?.startsWith('ledger[row'));
    // Then it is 公务用车运行维护 hidden under another class, its message quoting the line's 摘要 and the voucher's apart
    expect(found.map((f) => f.evidence[0]!.path)).toEqual([`ledger[row ${tyres.row}]`]);
    expect(found[0]!.message).toContain('摘要“更换配件”（凭证摘要“公务用车维修”）');
    expect(found[0]!.evidence[0]!.quote).toBe('公务用车维修：更换配件');
  });
});

describe('ledger.three-public: a trip, meeting or course about a 三公 subject (eventSubjects)', () => {
  it('a trip to a meeting on 公务用车管理 is no car running cost; a car\'s bill or a meal under the same classes still is', () => {
    const trip = entry({ economicCode: '30211', summary: '赴市参加公务用车管理工作会差旅费', payee: '刘建华', amount: 1_020 });
    const course = entry({ economicCode: '30216', summary: '公务接待管理规范培训班培训费', amount: 3_000 });
    const fuel = entry({ economicCode: '30211', summary: '赴市汇报途中公务用车加油', amount: 300 });
    const meal = entry({ economicCode: '30215', summary: '公务接待工作餐', amount: 680 });
    const { totals, findings } = threePublicTotals([trip, course, fuel, meal], context());
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([fuel.row, meal.row]);
    expect(totals.hidden.vehicleOperation).toBe(fen(300));
    expect(totals.hidden.reception).toBe(fen(680));
  });

  it('a subject in quotation marks with a bracketed note inside (“因公出国（境）管理”专题培训) is still the course\'s subject; a trip abroad under 培训费 still counts', () => {
    const course = entry({ economicCode: '30216', summary: '“因公出国（境）管理”专题培训讲课费', payee: '县委党校', amount: 800 });
    const titled = entry({ economicCode: '30216', summary: '《公务接待管理办法》解读培训费', amount: 1_200 });
    const abroad = entry({ economicCode: '30216', summary: '赴日本考察档案保护国际机票及签证费', amount: 16_480 });
    const { totals, findings } = threePublicTotals([course, titled, abroad], context());
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([abroad.row]);
    expect(totals.hidden.overseasTravel + totals.booked.overseasTravel).toBe(fen(16_480));
    expect(totals.hidden.reception).toBe(0);
  });
});

describe('ledger.three-public: a lecture fee (劳务费) for a talk about a 三公 subject', () => {
  it('讲课费 of a talk on 公务用车 or 车辆保养 is no car running cost; a car\'s service booked under 劳务费 still is', () => {
    const talk = entry({ economicCode: '30226', summary: '机关干部“公务用车规范使用”专题讲座授课费', payee: '讲课费代发专户', amount: 600 });
    const care = entry({ economicCode: '30226', summary: '老年大学车辆保养常识讲座讲课费', payee: '讲课费代发专户', amount: 500 });
    const service = entry({ economicCode: '30226', summary: '公务用车保养工时费', payee: '县顺达汽车维修中心', amount: 380 });
    // A trip whose strong word (赴台) is masked as a subject still pairs by the place (台湾) with 赴.
    const taiwan = entry({ economicCode: '30211', summary: '赴台湾交流差旅费', payee: '王建', amount: 4_200 });
    const { totals, findings } = threePublicTotals([talk, care, service, taiwan], context());
    expect(linesOf(findings)).toEqual([service.row, taiwan.row]);
    expect(totals.hidden.vehicleOperation).toBe(fen(380));
    expect(totals.hidden.overseasTravel).toBe(fen(4_200));
  });
});

describe('ledger.three-public: a plate run into ETC', () => {
  it('reads 湘L·A1234ETC充值 as the plate and its ETC top-up; a tag code with other letters after it is no plate', () => {
    const etc = entry({ economicCode: '30239', summary: '赣C·K5218ETC充值', amount: 500 });
    const tag = entry({ economicCode: '30201', summary: '资产标签湘A12345XY更换', payee: '县文具店', amount: 30 });
    const { totals, findings } = threePublicTotals([etc, tag], context());
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([etc.row]);
    expect(totals.hidden.vehicleOperation).toBe(fen(500));
  });
});

describe('ledger.three-public: 因公 with a weak word of travel papers', () => {
  it('an official permit to Hong Kong and Macao (因公) is an overseas cost; a passport safe and an ordinary official trip are not', () => {
    const permit = entry({ economicCode: '30299', summary: '港澳通行证办证费（因公）', payee: '县出入境管理大队', amount: 60 });
    const safe = entry({ economicCode: '31002', summary: '因公护照集中保管证照柜购置', payee: '县百汇文具店', amount: 3_400 });
    const trip = entry({ economicCode: '30211', summary: '因公出差住宿费（长沙）', payee: '王五', amount: 420 });
    const { totals, findings } = threePublicTotals([permit, safe, trip], context());
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([permit.row]);
    expect(totals.hidden.overseasTravel).toBe(fen(60));
  });
});

describe('ledger.three-public: a station named by a car noun', () => {
  it('a bus station\'s equipment repaired is no car running cost; a car\'s repair still is', () => {
    const station = entry({ economicCode: '30213', summary: '汽车客运站候车厅空调维修', payee: '县冷暖电器维修部', amount: 800 });
    const depot = entry({ economicCode: '30213', summary: '城区汽车站行李安检机维修', payee: '县安防科技公司', amount: 600 });
    const car = entry({ economicCode: '30213', summary: '单位小车维修', payee: '县汽车修理厂', amount: 900 });
    const { totals, findings } = threePublicTotals([station, depot, car], context());
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([car.row]);
    expect(totals.hidden.vehicleOperation).toBe(fen(900));
  });
});

describe('ledger.three-public: a refund reverses a bill paid before it, naming it by payee or group', () => {
  it('a traveller\'s refund of a domestic trip never nets a later trip abroad of hers; a refund naming the visiting group nets its meal', () => {
    const domestic = entry({ economicCode: '30211', summary: '陈敏赴长沙参加全省文物普查培训差旅费', payee: '陈敏', date: '2024-04-16', amount: 1_260 });
    const refund = entry({ economicCode: '30211', summary: '退回陈敏长沙培训差旅费结余', payee: '陈敏', date: '2024-09-27', amount: -160 });
    const abroad = entry({ economicCode: '30211', summary: '赴日本奈良参加文物保护研讨会机票', payee: '陈敏', date: '2024-10-22', amount: 5_620 });
    const hardship = { nature: 'project' as const, projectName: '困难职工帮扶解困资金', economicCode: '30299' };
    const lunch = entry({ ...hardship, summary: '省总工会慰问组来县,陪同人员午餐', date: '2024-02-22', amount: 1_260 });
    const back = entry({ ...hardship, summary: '收回慰问组午餐多付款', date: '2024-03-05', amount: -160 });
    const { totals } = threePublicTotals([domestic, refund, abroad, lunch, back], context());
    expect(totals.hidden.overseasTravel).toBe(fen(5_620));
    expect(totals.hidden.reception).toBe(fen(1_100));
  });
});

describe('ledger.three-public: 接待 of the public (群众, 求助) is no hospitality', () => {
  it('water and cups for the public received is not 公务接待; a visiting group\'s meal still is', () => {
    const cups = entry({ economicCode: '30201', summary: '接待来访求助群众饮用水及一次性纸杯', payee: '县山泉水站', amount: 180 });
    const guests = entry({ economicCode: '30201', summary: '接待来访市局检查组工作餐', amount: 620 });
    const { findings } = threePublicTotals([cups, guests], context());
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([guests.row]);
  });
});

describe('ledger.three-public: a party that came (一行) with its meal', () => {
  it('a restaurant meal of 县教研室听课调研一行 is hospitality; a 一行 of the unit going out is not', () => {
    const visit = entry({ economicCode: '30299', summary: '支付聚福楼餐费（县教研室听课调研一行）', payee: '白沙镇聚福楼', amount: 1_120 });
    const out = entry({ economicCode: '30299', summary: '局领导一行下乡调研午餐补助', amount: 200 });
    const { findings, totals } = threePublicTotals([visit, out], context());
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([visit.row]);
    expect(totals.hidden.reception).toBe(fen(1_120));
  });
});

describe('ledger.three-public: a car bill with its errand, a replaced car, a wheelchair (held-out 10 spent as dev-hszx)', () => {
  const rows = (entries: Parameters<typeof threePublicTotals>[0]) => threePublicTotals(entries, context());

  it("reads a plated car's fuel without its bracketed errand note: the note's 补贴 is what the trip was about", () => {
    // Given a plated car's fuel under 其他交通费用 whose note names the errand, and a trip's note on bills that name no car
    const fuel = entry({ economicCode: '30239', summary: '【公务卡】黔E·C6021加油（赴乡镇核查两项补贴）', payee: '中石化城南加油站', amount: 52_000 });
    const allowance = entry({ economicCode: '30239', summary: '发放公务交通补贴（赴乡镇）', amount: 520 });
    const ownTeam = entry({ economicCode: '30211', summary: '调研组住宿费（赴乡镇调研）', amount: 520 });
    const course = entry({ economicCode: '30239', summary: '差旅费（赴省参加公务用车制度改革培训）', amount: 520 });
    // When the 三公 totals are read, then only the fuel is a car's running cost
    const { totals, findings } = rows([fuel, allowance, ownTeam, course]);
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([fuel.row]);
    expect(totals.hidden.vehicleOperation).toBe(52_000);
    expect(totals.hidden.reception).toBe(0);
  });

  it('reads a car bought to replace a scrapped one as a purchase, a scrapped car valued as no purchase', () => {
    const bought = entry({ economicCode: '31003', summary: '购置公务用车一辆（长安CS75PLUS，更新报废车）', payee: '县长安汽车销售服务有限公司', amount: 12_980_000 });
    const valued = entry({ economicCode: '30227', summary: '旧公务用车报废评估费', amount: 800 });
    const { totals, findings } = rows([bought, valued]);
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([bought.row]);
    expect(totals.hidden.vehiclePurchase).toBe(12_980_000);
    expect(totals.hidden.vehicleOperation).toBe(0);
  });

  it("reads a delegation of another county's body lodged under 差旅费 as received, the unit's own team as its trip (dev-zxmx)", () => {
    // Given a peer body's delegation named by its county, the unit's own group without a county's name, and one of 本县
    const peers = entry({ economicCode: '30211', summary: '支付县宾馆住宿费（榕江县人大常委会考察团）', payee: '县宾馆', amount: 234_000 });
    const ownGroup = entry({ economicCode: '30211', summary: '县政协考察团交通及住宿费', amount: 180_000 });
    const ownMembers = entry({ economicCode: '30211', summary: '组织本县政协委员考察团住宿费', amount: 90_000 });
    // When the 三公 totals are read, then only the peers' lodging is hidden reception
    const { totals, findings } = rows([peers, ownGroup, ownMembers]);
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([peers.row]);
    expect(totals.hidden.reception).toBe(234_000);
  });

  it("reads a wheelchair's brake pads as no car's repair", () => {
    const parts = entry({ economicCode: '30218', summary: '辅具服务站轮椅车维修配件（刹车片、内胎）', payee: '县康复辅具服务站', amount: 840 });
    const car = entry({ economicCode: '30218', summary: '公务用车维修配件（刹车片）', payee: '县汽车维修厂', amount: 840 });
    expect(rows([parts, car]).findings.map((f) => f.evidence[0]!.line)).toEqual([car.row]);
  });
});
