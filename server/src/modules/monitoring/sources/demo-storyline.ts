/*
 * The demo's running replay: a short scripted storyline the street office's push source receives a
 * few items a minute, so a new user watches an event form, its grade rise and an alert arrive. The
 * texts are invented for the demo, in the tone of 12345 / 网络问政 complaints and local news; places
 * and names are fictional. Story A (a night-time demolition at the old mill housing) matches the demo
 * topic 征地拆迁 and grows fast enough to be graded up twice; story B (heating) matches no topic and
 * only fills the item list; story C (keys to resettlement flats) is the good news that follows.
 */

export interface ScriptedItem {
  /** Minutes after the round starts. */
  minute: number;
  title: string;
  text: string;
  counts?: { reposts?: number; comments?: number; likes?: number; views?: number };
}

export const DEMO_STORYLINE: readonly ScriptedItem[] = [
  { minute: 0, title: '纺织城老厂区夜里强拆', text: '纺织城老厂区家属院昨晚十一点来了两台挖掘机，没有任何通知就开始强拆围墙，住户都被吵醒了，这是谁批准的？', counts: { likes: 35, comments: 12 } },
  { minute: 0, title: '供暖不热', text: '东风社区12号楼供暖到现在还不热，室温只有十四度，老人孩子受不了，打了热力公司电话一直没人处理。' },
  { minute: 1, title: '', text: '纺织城老厂区家属院半夜强拆，挖掘机直接推倒围墙，住户还住在里面，断水断电，求有关部门管一管！', counts: { reposts: 40, comments: 26, likes: 110 } },
  { minute: 1, title: '老厂区强拆有没有手续', text: '请问纺织城老厂区家属院这次拆迁有没有公告和手续？半夜挖掘机进场强拆围墙，住户连东西都来不及搬。', counts: { comments: 18, likes: 64 } },
  { minute: 2, title: '半夜挖掘机推围墙', text: '亲眼看到纺织城老厂区的挖掘机半夜推围墙，家属院住户站在楼下不敢回家，强拆也得讲程序吧。', counts: { reposts: 120, comments: 80, likes: 430 } },
  { minute: 2, title: '', text: '转发 //@纺织城老街坊: 纺织城老厂区家属院半夜强拆，挖掘机直接推倒围墙，住户还住在里面，断水断电，求有关部门管一管！', counts: { reposts: 60 } },
  { minute: 3, title: '纺织城老厂区家属院强拆视频', text: '网传视频：纺织城老厂区家属院深夜强拆，挖掘机推倒围墙，多名住户在现场阻拦，视频已被大量转发。', counts: { reposts: 2400, comments: 1800, likes: 5200 } },
  { minute: 3, title: '断水断电怎么过冬', text: '老厂区家属院强拆围墙后就断水断电了，天这么冷，住户怎么过冬？街道社区到现在没有人出面。', counts: { comments: 95, likes: 380 } },
  { minute: 3, title: '暖气片漏水', text: '纺织城西路小区暖气片漏水，物业说不归他们管，让找热力公司，来回推诿。' },
  { minute: 4, title: '强拆现场还有老人', text: '纺织城老厂区家属院还有七八户老人没搬走，挖掘机半夜强拆围墙，老人吓得犯了心脏病，被送去医院。', counts: { reposts: 320, comments: 260, likes: 900 } },
  { minute: 4, title: '', text: '纺织城老厂区家属院半夜挖掘机强拆围墙到底谁负责？住户打12345反映，说已转交街道，至今没人回电话，典型的不作为。', counts: { comments: 44, likes: 150 } },
  { minute: 4, title: '12345工单：老厂区夜间强拆', text: '市民来电反映：纺织城老厂区家属院夜间有挖掘机强拆围墙并断水断电，要求核实拆迁手续并保障住户基本生活。' },
  { minute: 5, title: '老厂区强拆引发热议', text: '纺织城老厂区家属院夜间强拆一事在本地论坛引发热议，网友质疑拆迁程序，要求公开手续、先安置后拆迁。', counts: { reposts: 510, comments: 640, likes: 1300 } },
  { minute: 5, title: '', text: '转发微博 //@灞桥生活圈: 网传视频：纺织城老厂区家属院深夜强拆，挖掘机推倒围墙，多名住户在现场阻拦，视频已被大量转发。', counts: { reposts: 180 } },
  { minute: 5, title: '住户连夜守在楼下', text: '纺织城老厂区家属院住户连夜守在楼下，担心挖掘机再来强拆，有人在围墙边拉了横幅。', counts: { comments: 70, likes: 260 } },
  { minute: 6, title: '强拆必须依法', text: '不管纺织城老厂区家属院是不是危房，拆迁都得依法依规，夜里挖掘机强拆围墙、断水断电，伤的是群众的心。', counts: { likes: 520, comments: 88 } },
  { minute: 6, title: '小区供暖收费', text: '供暖不达标还照样全额收费，希望有关部门检查一下东风社区的供暖温度。' },
  { minute: 6, title: '', text: '纺织城老厂区强拆这事怎么没人管？家属院围墙倒了一大片，晚上住户进出都不安全。', counts: { comments: 30, likes: 95 } },
  { minute: 7, title: '老厂区家属院强拆追问', text: '追问纺织城老厂区家属院强拆：施工单位是谁？有没有拆迁许可？夜间施工有没有审批？住户有权知道。', counts: { reposts: 260, comments: 190, likes: 700 } },
  { minute: 7, title: '12345工单：老厂区断水断电', text: '市民来电：纺织城老厂区家属院强拆围墙后断水断电两天，家中有卧床老人，请求尽快恢复供水供电。' },
  { minute: 7, title: '', text: '刚路过纺织城老厂区，挖掘机还停在家属院门口，围墙拆了一半，住户说强拆前没见过任何公告。', counts: { likes: 140, comments: 36 } },
  { minute: 8, title: '网友热议老厂区强拆', text: '纺织城老厂区家属院强拆话题登上同城热榜，网友纷纷要求街道出面说明拆迁情况。', counts: { reposts: 880, comments: 1200, likes: 2600 } },
  { minute: 8, title: '', text: '转发 //@城东热心市民: 追问纺织城老厂区家属院强拆：施工单位是谁？有没有拆迁许可？夜间施工有没有审批？住户有权知道。', counts: { reposts: 95 } },
  { minute: 8, title: '孩子要上学', text: '纺织城老厂区家属院强拆后断水断电，孩子只能去亲戚家写作业，什么时候能恢复？', counts: { comments: 52, likes: 210 } },
  { minute: 9, title: '强拆住户诉求', text: '纺织城老厂区家属院住户的诉求很简单：停止夜间强拆，恢复水电，公开拆迁手续，先安置后拆迁。', counts: { reposts: 300, comments: 410, likes: 1500 } },
  { minute: 9, title: '热力公司回复', text: '热力公司回复称东风社区12号楼管网已排查，预计明天恢复正常供暖。' },
  { minute: 9, title: '', text: '老厂区家属院强拆的挖掘机今天又来了，住户堵在围墙口不让进，场面一度混乱。', counts: { reposts: 150, comments: 120, likes: 340 } },
  { minute: 10, title: '老厂区强拆何时给说法', text: '纺织城老厂区家属院强拆已经三天，街道和社区始终没有公开回应，网友追问何时给住户一个说法。', counts: { comments: 220, likes: 760 } },
  { minute: 10, title: '', text: '转发微博 //@灞桥生活圈: 纺织城老厂区家属院强拆话题登上同城热榜，网友纷纷要求街道出面说明拆迁情况。', counts: { reposts: 240 } },
  { minute: 10, title: '强拆围墙砸坏电动车', text: '纺织城老厂区家属院强拆围墙时砸坏了几辆电动车，车主找施工方理论，对方说找街道。', counts: { comments: 64, likes: 180 } },
  { minute: 11, title: '12345工单：要求公开拆迁手续', text: '市民来电：要求公开纺织城老厂区家属院拆迁的批准文件，停止夜间强拆作业。' },
  { minute: 11, title: '', text: '纺织城老厂区家属院住户今天去街道反映强拆问题，接待人员说正在了解情况，住户希望尽快答复。', counts: { likes: 90, comments: 40 } },
  { minute: 11, title: '老厂区强拆群众不满', text: '夜间强拆、断水断电、没有公告，纺织城老厂区家属院住户对这次拆迁的做法很不满意。', counts: { reposts: 130, comments: 150, likes: 480 } },
  { minute: 12, title: '', text: '纺织城老厂区家属院强拆的事情越闹越大，有网友把视频发到了省级平台，希望引起重视。', counts: { reposts: 420, comments: 330, likes: 950 } },
  { minute: 12, title: '供暖恢复', text: '东风社区12号楼供暖已经恢复，室温二十度，感谢热力公司师傅加班抢修。', counts: { likes: 60 } },
  { minute: 12, title: '老厂区家属院强拆进展', text: '网友持续关注纺织城老厂区家属院强拆进展，目前挖掘机已撤离，围墙仍未恢复，水电尚未接通。', counts: { comments: 75, likes: 260 } },
  { minute: 13, title: '', text: '纺织城老厂区强拆这件事，希望街道尽快公开拆迁手续，给家属院住户一个明确答复。', counts: { likes: 120, comments: 30 } },
  { minute: 13, title: '强拆之后谁来安置', text: '纺织城老厂区家属院强拆以后，住户的临时安置怎么解决？冬天总不能睡在围墙外面。', counts: { reposts: 90, comments: 110, likes: 300 } },
  { minute: 14, title: '灞桥回迁安置房交钥匙', text: '灞桥街道拆迁回迁安置房今天集中交付钥匙，两百余户居民领到新房钥匙，居民为安置工作点赞。', counts: { likes: 420, comments: 60 } },
  { minute: 14, title: '回迁居民喜迁新居', text: '领到回迁安置房钥匙的居民说，拆迁时的承诺兑现了，新房采光好、配套全，感谢街道及时回应。', counts: { likes: 260 } },
  { minute: 15, title: '安置房配套完善', text: '灞桥街道回迁安置小区配套学校和菜市场同步开放，拆迁居民生活更加便利。', counts: { likes: 150 } },
];
