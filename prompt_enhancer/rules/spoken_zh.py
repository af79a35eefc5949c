"""Spoken (northern, and some Sichuan and Shanghai) Mandarin said the usual way, so the rules read it: 俺 is 我, 咋
is 怎么, 搁 is 放, 竹林头 is 竹林里, 贼大 is 很大, 侬 is 你, and 整 (to make) is the verb of a request (给俺整一只猫,
狗整成黄的, 再整大点, 整俩猫). Only where the word can mean nothing else in a request: 整个画面 and 整张图 (the whole
picture) stay, as do 调整 and 整齐. 那你 before a request is no word of it.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.patterns import alternation
from prompt_enhancer.rules.zh_doing import ZH_POSE_WORDS

# where a request starts: the text's start, after punctuation or a space, or after the words that lead a verb
_LEAD = r"(?:^|(?<=[，,。.！!？?~～\s给再来你我帮就先也]))"
_COUNT = r"[一两二三四五六七八九十几]"
_MEASURE = r"[只个头条棵朵张辆座把件顶匹位块]"
_WHOLE = r"画|图|背景|场景|色调|风格|人|身|儿|都|就|的|是|世界|页|屏|过程|东西"
_DOINGS = "|".join(sorted((w for w, pose in ZH_POSE_WORDS.items() if pose), key=len, reverse=True))
# 晚上, 下雪, 雨天: a time or weather, never the thing something is swapped for
_ZH_TIMES = alternation([f for t in vocab.TIMES.values() for f in t.zh])
_SIDE_SAID = {"下边": "下面", "上边": "上面", "边上": "旁边"}  # 太阳下边儿: 下面


def _place_of(said: str) -> str:
    """船头 is on the boat (船上), 石头 on the stone (石头上): where a thing stands, as the place rules read it."""
    return said[:-1] + "上" if said in ("船头", "床头", "桥头", "枝头", "山头", "墙头", "车头", "树头") else said + "上"


_SAID = (
    # 长发飘飘: long flowing hair, had
    (re.compile(r"(?:^|(?<=[，,\s]))(?P<h>长发|秀发|头发)飘飘(?:的)?"), r"留着\g<h>"),
    (re.compile("俺"), "我"),
    # 那你给我画个太阳吧: "then (you)" before the request is no word of it
    (re.compile(r"^(?:那么|那就|那)你?(?:就)?(?=给我|帮我|画|再画|来[一个只张])"), ""),
    (re.compile("咋"), "怎么"),
    # Shanghai speech: 侬 (你), 伐 (吗), 帮伊 (帮它), 大个黑颜色个猫 (大的黑色的猫), 小个那只, 辣海滩上 (在海滩上)
    (re.compile("侬"), "你"), (re.compile(r"伐(?=[？?！!。~]*$)"), ""), (re.compile(r"(?<=[帮给让把叫])伊"), "它"),
    (re.compile(r"(?<=[红橙黄绿蓝紫粉棕白黑灰金银])颜色个"), "色的"),
    (re.compile(r"(?<=颜色)个|(?<=[大小])个(?=那|[红橙黄绿蓝紫粉棕白黑灰金银])"), "的"),
    # 画得老大一点 (Wu, Northeast), 画得很大: the size after 得, as 画得大一点 says it;
    # 弄成黑白个: 黑白的
    (re.compile(r"(?<=得)(?:老|很|非常|特别|超级?|贼|巨)(?=[大小高低长短胖瘦])"), ""),
    (re.compile(r"(?<=黑白)个(?=$|[，,。！!\s])"), "的"),
    # 往下头移 (Wu): 下头, 上头 are 下面, 上面
    (re.compile(r"(?<=[往向朝])(?P<w>[上下])头"), r"\g<w>"),
    # 红个那个放到右上角去, 蓝个放左下角伐 (Suzhou, Hangzhou): the red one, the blue one
    (re.compile(r"(?:^|(?<=[，,。\s]))(?P<c>[红橙黄绿蓝紫粉棕白黑灰])个(?=那|放|移|挪|搬|变|改|换|涂|去掉|删|拿掉|$)"),
     r"\g<c>的"),
    (re.compile(r"(?:^|(?<=[，,\s]))辣(?=[\u4e00-\u9fff]{1,4}(?:上|里|下|边))"), "在"),
    (re.compile("得劲"), "舒服"),
    # 给ta换个颜色: ta, typed for 他 / 她 / 它 when it does not matter which; 给它换个颜色 asks which colour (no part
    # called 颜色)
    (re.compile(r"(?<=[\u4e00-\u9fff])ta(?=[\u4e00-\u9fff]|$)|^ta(?=[\u4e00-\u9fff])", re.IGNORECASE), "它"),
    (re.compile(r"^给(?P<w>它|他|她)(?=换(?:个|一个|一下)?(?:颜色|色)(?:吧|呗)?$)"), r"把\g<w>"),
    # 画两个人在吵架 一男一女, 一男一女两个人: a man and a woman
    (re.compile(r"(?:两个|俩)人(?P<r>[^，,。\s]*)[\s，,]+一男一女(?=$|[\s，,。])"), r"一个男人和一个女人\g<r>"),
    (re.compile(r"一男一女(?:两个|俩)?(?:人)?(?=[在站坐]|$|[\s，,。])"), "一个男人和一个女人"),
    # 坐在窗边看雨: it rains (the rain watched is the weather, no thing held)
    (re.compile(r"(?:看着?|望着?|听着?)(?P<w>雨|雪)(?=$|[\s，,。！!])"), r"，\g<w>天"),
    # 再往右飞, 往上游一点: a move, said with how it moves; 挪到最左: to the far left
    (re.compile(r"(?<=[往向朝])(?P<w>[左右上下])(?:边|面)?(?:飞|跑|游|走|爬|开|滑)(?:过去|过来|去)?"), r"\g<w>移"),
    (re.compile(r"(?<=[到至])最(?P<w>[左右上下])(?![边面角方])"), r"最\g<w>边"),
    # 箭头 指向右边: which way it points, as 头朝右 says it (not a thing called 指向 on the right)
    (re.compile(r"(?:^|(?<=[\s，,]))(?:指向|指着|朝向|朝着)(?P<w>[左右上下])(?:边|面|方)?(?=$|[\s，,。])"),
     r"头朝\g<w>"),
    # 背景木桌子就行: the background is a wooden table (not a thing called 背景木桌子)
    (re.compile(r"(?:^|(?<=[\s，,]))背景(?=(?!是|换|改|变|色|颜色|用|要|为|里|上|中|虚化|模糊|不|别|也|还|就|太|好|有|加|去|删|"
                r"再|都|全|整|保持|调|弄|来|的|图|设|跟|和|一)[\u4e00-\u9fff]{2,5}(?:就行|就好|吧)?(?:$|[\s，,。]))"),
     "背景是"),
    # 把猫改成偏蓝一点的, 猫的颜色偏蓝一点: that colour (画面偏蓝 is the picture's tint, read with the looks)
    (re.compile(r"(?<=[成])偏(?P<c>[红橙黄绿蓝紫粉棕白黑灰])色?(?:一点|一些|点|些)?的?(?=$|[，,。！!\s吧])"),
     r"\g<c>色"),
    (re.compile(r"(?:^|(?<=[\u4e00-\u9fff]))的?颜色(?:再|稍微|要)?偏(?P<c>[红橙黄绿蓝紫粉棕白黑灰])色?(?:一点|一些|点|些)?"),
     r"改成\g<c>色"),
    # 整一只猫, 给我整个红皮球: draw (整个画面, 整张图 are the whole picture)
    (re.compile(_LEAD + rf"整(?={_COUNT}\s*{_MEASURE})"), "画"),
    (re.compile(rf"(?<=给)整个(?!{_WHOLE})|(?<=[再来帮])整个(?!{_WHOLE}|[红橙黄绿蓝紫粉棕白黑灰金银]|复古)"), "画个"),
    (re.compile(r"(?<=[再就也])给(?=画|加|整)"), ""),  # 再给整个红皮球: 给 with no one after it
    (re.compile(r"(?<=给[他她它])整(?=[副顶件条双])"), "加一"),  # 给他整副眼镜: give him a pair of glasses
    # 给我整个太阳, 旁边整个大太阳, 整俩猫 (Northeast): draw one, two (整个画面 stays the whole picture)
    (re.compile(rf"(?:(?<=[给我俺边间面角上下])|^)整个(?!{_WHOLE})"), "画个"),
    (re.compile(r"(?:(?<=[给我俺再])|^)整(?=俩|仨)"), "画"),
    (re.compile(r"(?<=[\u4e00-\u9fff])(?<![们咱你我他她它])俩(?=[\u4e00-\u9fff])(?![人])"), "两只"),
    (re.compile(r"仨(?=[\u4e00-\u9fff])"), "三只"),
    # 背景整黑的, 帽子整黑的: made black; 贼大, 贼亮: very
    (re.compile(r"(?<![调完平])整(?=(?:浅|深)?[红橙黄绿蓝紫粉棕白黑灰金银]色?的)"), "改成"),
    (re.compile(r"贼(?=[大小亮暗酷好美帅萌黑白红黄蓝绿])"), "很"),
    # 狗整成黄的: change; 再整大点: make bigger
    (re.compile(r"(?<![调完平])整成"), "改成"),
    (re.compile(r"(?<![调完平])整(?=[大小高低亮暗宽长短胖瘦][点些一])"), "变"),
    # 奶牛前头: in front of (头 of a head stays: 猫头上, 头上)
    (re.compile(r"(?<=[\u4e00-\u9fff])(前|后|里|外)头(?![发部顶上])"), r"\1面"),
    # 坐在竹林头 (Sichuan): in the bamboo forest (床头, 船头 are ends of a thing)
    (re.compile(r"(?<=[在到])((?:竹林|森林|树林|林子|屋|屋子|家|水|河|池塘|城|城市|街|街上|山|田|地|院子|房间|厨房|教室|公园|"
                r"草丛|雪|雨|花园)(?:里)?)头"), r"\1里"),
    # 搁右边儿, 搁在桌上: put (northern)
    (re.compile(r"搁(?!置|浅)"), "放"),
    # 大点儿, 这儿, 右边儿: the spoken 儿 (花儿, 鸟儿 are read as they are)
    (re.compile(r"(?<=[点些])儿|(?<=[左右上下前后里外]边)儿|(?<=中间)儿"), ""), (re.compile(r"(?<=[这那哪])儿"), "里"),
    # 绿油油的草地, 黄澄澄的橘子: a colour said vividly; 黄毛小鸡: a yellow chick (毛衣, 毛巾 stay)
    (re.compile(r"([红绿黄金白黑蓝灰紫粉])(?:彤彤|通通|艳艳|油油|莹莹|澄澄|灿灿|花花|茫茫|乎乎|漆漆|黝黝|盈盈|蒙蒙)"),
     r"\1色"),
    (re.compile(r"(?!金毛)([红橙黄绿蓝紫粉棕白黑灰金银])毛(?=[\u4e00-\u9fff])(?![衣巾线笔毯绒发毛裤])"),
     r"\1色"),  # (金毛, 金毛犬: the breed)
    # 绿色的草地, 蓝蓝的大海: a setting's own colour says nothing the setting does not (read as 在草地上)
    (re.compile(r"绿色?的?(?=草地|草坪|草原|森林)|蓝(?:色|蓝)?的?(?=天空|大海|海面)|白色?的?(?=雪地)"), ""),
    # 三个气球 红的黄的蓝的: colours said one after another with no pause, one each
    (re.compile(r"(?<=[红橙黄绿蓝紫粉棕白黑灰金银]的)(?=[红橙黄绿蓝紫粉棕白黑灰金银]色?的)|(?<=[红橙黄绿蓝紫粉棕白黑灰金银]色的)"
                r"(?=[红橙黄绿蓝紫粉棕白黑灰金银]色?的)"), "、"),
    # 淡淡的黄色: light yellow; 深深的蓝色: dark blue
    (re.compile(r"(?:淡淡|浅浅)的?(?=[红橙黄绿蓝紫粉棕灰]色?)"), "浅"),
    (re.compile(r"深深的?(?=[红橙黄绿蓝紫粉棕灰]色?)"), "深"),
    # 懒洋洋趴着的大黄狗, 胖乎乎小猫: a describing word said twice over is a detail (with 的), no word of the name
    (re.compile(r"([\u4e00-\u9fff](?:洋洋|乎乎|滚滚|晶晶|眯眯|吞吞|呵呵|呼呼|悄悄|绵绵|漉漉|兮兮|嘟嘟|溜溜))(?!的)"),
     r"\1的"),
    # 黑框眼镜: glasses with black frames, said as black glasses
    (re.compile(r"([红橙黄绿蓝紫粉棕白黑灰金银])框(?=眼镜|墨镜)"), r"\1色"),
    # 长头发小女孩: the girl, with long hair
    (re.compile(r"([长短卷直金黑白红])(头发|发)(?=[\u4e00-\u9fff])(?!的|型|色|夹|带)"), r"\1\2的"),
    # 不要那么大: not so big, smaller; "change 一下颜色": 改一下颜色
    (re.compile(r"^(?:不要|别|不用)(?:那么|这么|太)大(?:了|啦)?(?=[，,。！!\s]|$)"), "小一点"),
    (re.compile(r"^(?:不要|别|不用)(?:那么|这么|太)小(?:了|啦)?(?=[，,。！!\s]|$)"), "大一点"),
    (re.compile(r"(?i)\bchange\s*(?=一下)"), "改"),
    # 太阳改成淡黄色 别那么红: why, beside the change
    (re.compile(r"[\s，,]*别那么[\u4e00-\u9fff]{1,2}(?:了|啦|哈)?$"), ""),
    # 女孩站在雨里打着伞: standing, in the rain (the weather is no place to stand at)
    (re.compile(r"([站坐躺])在(雨|雾)(?:里面|里|中)"), r"\1着在\2中"),
    # 早上有雾, 雾蒙蒙的: foggy (the weather, no thing called 雾)
    (re.compile(r"有(?:点|些|一点|大|薄)?雾(?![\u4e00-\u9fff])|雾蒙蒙(?:的)?"), "起雾"),
    # 鸟儿不要了: the birds (the spoken 儿 of a one-character thing); 四合院儿, 门口儿, 右上角儿, 女孩儿, 圆圈儿,
    # 眼镜儿, 挪到底儿 (Beijing): the same words without it (女儿, 儿子, 婴儿 stay)
    (re.compile(r"(?<=[鸟花猫狗鱼马兔虫])儿(?![子童歌])"), ""),
    (re.compile(r"(?:(?<=[院口角底镜孩圈片块会])|(?<=老头))儿(?![子童女孙歌科])"), ""),
    # 位于画面正中央 (written, precise): in the middle
    (re.compile(r"位于(?:画面|画布|图)?(?:的)?"), "在"), (re.compile(r"(?<=在)正?中央"), "正中间"),
    # 画两个正方形，左边一个右边一个: one on each side
    (re.compile(r"(?<=[，,\s])左边一个\s*右边一个"), "一个在左边，一个在右边"),
    # 画三个星星 左边中间右边各一个: one in each place, in turn
    (re.compile(r"(?<=[，,\s])左边?\s*中间\s*右边?各(?:一|放一|画一)[个只颗条朵]?"),
     "一个在左边，一个在中间，一个在右边"),
    # 随便画画, 测试一下, 试试好不好用, 安全第一哈: said of the try or the job, no thing to draw
    (re.compile(r"(?:^|(?<=[，,\s]))(?:随便画画?|(?:先)?测试一下|试试好不好用|安全第一)(?:哈|啊|吧)?(?=$|[，,。\s])"),
     ""),
    # 农村那种, 干活那种 after the things: the feel of the picture (it drew a thing called 农村)
    (re.compile(r"(?<=[\s，,])(?P<x>(?![^，,\s]*[的着])[\u4e00-\u9fff]{2,4})那种$"), r"\g<x>那种感觉"),
    # "ok在加个千斤顶": ok, then the Chinese request; "扳手不要了 remove掉 thx": said twice, the second in English
    (re.compile(r"^(?:ok|okay|OK|Ok)\s*(?=[再在加画来把给])"), ""),
    (re.compile(r"(?<=不要了)\s*(?:remove|delete)\s*掉?(?:了|吧)?(?![\u4e00-\u9fff])"), ""),
    # 白色的底: a white ground, the background
    (re.compile(r"(?<=[红橙黄绿蓝紫粉棕白黑灰金银]色)的?底(?=$|[，,。\s])"), "背景"),
    # "the dog 改做黑色": changed to (改做, as Cantonese says 改成), with no other Cantonese word to mark it
    (re.compile(r"改做(?=\s*(?:[红橙黄绿蓝紫粉棕白黑灰金银]|[A-Za-z]))"), "改成"),
    # 加上文字 中秋快乐, 写上 Happy Birthday: the words to write, after a space (not a clause of their own)
    (re.compile(r"(?:(?<=文字)|(?<=标语)|(?<=标题)|(?<=写上)|(?<=写着)|(?<=[加写]字))\s+(?=\S)"), "："),
    # 换成白色叭: 吧, typed cute (not 喇叭, a horn); "旁边放个茶壶 ~ 要清清爽爽的": a tilde between clauses is a pause
    (re.compile(r"(?<!喇)叭(?=$|[，,。！!~～\s])"), "吧"), (re.compile(r"\s+[~～]+\s*(?=[\u4e00-\u9fff])"), "，"),
    # 还是换成三角形吧 圆的太素了: why, after the change (it drew a circle called 太素)
    (re.compile(r"(?P<c>(?:换成|改成|变成|不要|去掉)[^，,。]*?)[，,\s]+[\u4e00-\u9fff]{1,3}的?太[\u4e00-\u9fff]{1,2}了"
                r"(?:吧|啊|呀)?$"), r"\g<c>"),
    # emm 感觉不太对 换成 triangle 试试: why, before the change itself; 旁边蹲条狗 就是我家那条大狼狗: whose it is
    (re.compile(r"(?:^|(?<=[，,\s]))感觉?(?:不太|不大|不)对(?:劲)?[，,\s]+(?=(?:换成|改成|变成))"), ""),
    (re.compile(r"\s+就是(?:我家|我们家|我的|俺家)?的?那[条只个头]?[\u4e00-\u9fff]{1,4}$"), ""),
    # 一个红色的杯子和一个蓝色的盘子 放桌上那种感觉: on the table
    (re.compile(r"(?<=[\s，,])放(?:在)?(?P<p>桌子?上|地上|床上|草地上|窗台上)(?:那种|的)?感觉"), r"放在\g<p>"),
    # 加一只跟着她的狼: following her (跟 was read as "and": 着她的狼)
    (re.compile(r"跟着(?=[他她它]的)"), "尾随"),
    # 远处有山, 背景里有山, 远处是山: one far away, as 远处有一座山 says (it drew a thing called 背景里有山);
    # 近处有一条小船: near, in front
    (re.compile(r"(?:^|(?<=[，,\s]))(?:远处|远方|背景里|背景中|背景里面)(?:有|是)(?![一两几三四五六七八九十\d"
                rf"{vocab.ZH_MEASURES}个])"),
     "远处有一个"),
    (re.compile(r"(?:^|(?<=[，,\s]))(?:背景里|背景中|背景里面)(?:有|是)(?=[一两几三四五六七八九十\d])"), "远处有"),
    (re.compile(r"(?:^|(?<=[，,\s]))(?:近处|近景|前景)(?:有|是)"), "前面有"),
    # 多加几辆飞车, 多画几朵云: more of them (再加)
    (re.compile(r"(?:^|(?<=[，,\s]))多(?=[加画放来][一两几三四五])"), "再"),
    # 左边那只 大一点: which one, then the change to it (not a move of the one in focus to the left)
    (re.compile(r"(?<=[那这][只个条棵朵辆颗])\s+(?=[大小](?:一)?[点些]|变|改|换|涂|移|挪|往)"), ""),
    # 卡车在左 轿车在右, 猫喺左 (Cantonese 喺 read as 在): a side said without 边
    (re.compile(r"(?<=在)(?P<s>[左右])(?=$|[\s，,。])"), r"\g<s>边"),
    # ok在加个千斤顶: 再, typed as 在 (not 在画面里); 下面加把小银色扳手: one (把 as a measure, no verb after it)
    (re.compile(r"在(?=加(?:个|一|只|条|把|张|点|上)|画(?:个|一|只|条))"), "再"),
    (re.compile(r"(?<=[加放摆拿])把(?![^，,。]*?(?:换成|改成|变成|移|挪|放到|放在|去掉|删|涂|弄))"), "一把"),
    # 底换成黑的: the ground (底色), the background
    (re.compile(r"(?:^|(?<=[，,\s]))底(?:色)?(?=换成|改成|变成|用|要)"), "背景"),
    # 扎两个辫子: tied, worn (as 扎着)
    (re.compile(r"(?:^|(?<=[，,\s]))扎(?=[一两二三四五几]?[个条根]?(?:辫子|小辫|马尾|丸子头|发髻))"), "扎着"),
    # "…上面 sunny day", "… at night": a time said in English after Chinese is a clause of its own
    (re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=(?:a\s+)?(?:sunny|rainy|snowy|cloudy|foggy|windy|stormy)\s+"
                r"(?:day|night|morning|afternoon|evening)\b)", re.I), "，"),
    # 再往下拉到底, 往左拉一点: moved (拉, pulled)
    (re.compile(r"(?<=[往向朝][左右上下])拉(?=到|一点|一下|点|些|$)"), "移"),
    # 劳驾, 您受累: please, before the request; 再给他扣顶帽子: put a hat on him
    (re.compile(r"^(?:劳驾|劳烦|(?:您|你)?受累)[，,\s]*(?:您|你)?(?:给(?=画))?"), ""),
    (re.compile(r"扣(?=[一]?顶)"), "戴"),
    # 乌鸦给我撤了: taken away (撤, withdrawn); 腰间挂一块玉佩, 脖子上挂着: worn there; 春天到了: spring (not a 到)
    (re.compile(r"(?<=[\u4e00-\u9fff])(?:给我)?撤(?:掉|走|了|下)"), "去掉"),
    (re.compile(r"(?:腰间|腰上|腰里|脖子上|胸前)(?:挂|别|系|佩)着?"), "戴着"),
    (re.compile(r"(?P<t>[春夏秋冬]天|夜晚|晚上|黄昏|傍晚|夜幕)(?:到了|来了|降临了?)"), r"\g<t>"),
    # 手上拎一个 handbag: held (拎, carried by the handle); 大号紫色的: big (not a tuba); 不要猫了 把它换成柯基: the cat
    (re.compile(r"(?:手上|手里)?拎(?:着)?"), "提着"),
    (re.compile(r"(?P<s>[大小])号(?=的|[红橙黄绿蓝紫粉棕白黑灰金银])"), r"\g<s>的"),
    (re.compile(r"不要(?P<x>[\u4e00-\u9fff]{1,4}?)了[，,\s]*把(?:它|他|她|ta)(?P<v>换成|改成|变成)"),
     r"把\g<x>\g<v>"),
    # 照着这个 listing 主图 画一个…: what to follow (a link, a picture), before the request; 亚马逊主图要纯白底: white
    (re.compile(r"(?:^|(?<=[，,\s]))照着(?:这个|这张|这|那个|那张)?[^，,。]{0,16}?\s*(?=画)"), ""),
    (re.compile(r"(?:[A-Za-z\u4e00-\u9fff]{0,6}主图)?要?(?:用)?纯白(?:底|背景)的?"), "白色背景"),
    # 换成 triangle 试试: a try, asked for (not a thing called 试试)
    (re.compile(r"(?<=\S)\s*试试(?:看)?(?:吧|呗)?(?=$|[，,。！!])"), ""),
    # "in the top right 角落": the corner said in Chinese after its English name
    (re.compile(r"(?:(?<=left)|(?<=right))\s*(?:的)?角落", re.I), " corner"),
    # 扇子给弄成红的, 眼镜给他整成金色的: 给 before the change says nothing of who
    (re.compile(r"(?<=[\u4e00-\u9fff])给(?:他|她|它)?(?=弄成|整成|换成|改成|涂成|变成)"), ""),
    # 就要熊猫一个, 只要熊猫: only that one stays (只要一只猫: a count of the cats, read by the count rules)
    (re.compile(r"(?:^|(?<=[，,。\s]))(?:就|只|光)要(?![一两二三四五六七八九十几])(?P<t>[\u4e00-\u9fff]{1,4}?)(?:一个|一只|一棵|就行|就好|就够了|就可以|就得了|就成)?(?:了|啦)?$"),
     r"只留\g<t>"),
    # 留下猫就行, 留下只猫就得: only that one stays
    (re.compile(r"(?:^|(?<=[，,。\s]))留[下着](?:[一]?[只个条棵朵])?(?P<t>[\u4e00-\u9fff]{1,4}?)(?:就行|就好|就够了|就可以)(?:了|啦)?$"),
     r"只留\g<t>"),
    # 画我家猫咪, 我家的狗: whose it is says nothing of how it looks (我家门口 is where it is, kept)
    (re.compile(r"(?:^|(?<=[画是下，,。\s]))(?:我们家|我家|咱家|俺家)的?(?![门里外前后院楼])"
                r"(?![\u4e00-\u9fff]{1,4}的(?:[，,。\s]|$))(?=[\u4e00-\u9fff])"), ""),  # (俺家果园的，画…: whose)
    # 让她一个人在公园就好: she alone (in the park she is in), only she stays
    (re.compile(r"(?:^|(?<=[，,。\s]))(?:让|就)?(?P<t>她|他|它)一个(?:人|就)?(?:在[^，,。]{1,6})?(?:就好|就行|就可以|就够)了?(?=$|[，,。！!])"),
     r"只留\g<t>"),
    # "不对 change it to a triangle 吧": "no", then what it should be (不对 alone is asked about)
    (re.compile(r"^不对(?:不对)*[\s，,!！]+(?=[A-Za-z])"), ""),
    # 背景加一些星星: added where the background is, as 加一些星星 says
    (re.compile(r"^背景(?:里|上|中)?(?=(?:再|也)?(?:加|添|放|画)(?![成上了]?(?:颜色|色)))"), ""),
    # 雪人就够了: that one is enough, only it stays (这样就够了 says nothing of a thing)
    (re.compile(r"(?:^|(?<=[，,。\s]))(?![这那现一两])(?P<t>[\u4e00-\u9fff]{1,4}?)就够了(?:吧|啦)?$"), r"只留\g<t>"),
    # "圣诞树不要了 sorry 雪人就够了": an English aside between two Chinese requests parts them
    (re.compile(r"(?<=[\u4e00-\u9fff])\s+(?:sorry|sry|lol|haha|hhh+|lmao|omg|ok|okay)\s+(?=[\u4e00-\u9fff])",
                re.IGNORECASE), "，"),
    # "cat 也 remove": an English thing removed with Chinese words between
    (re.compile(r"(?:^|(?<=[，,。]\s)|(?<=[，,。]))(?P<t>[A-Za-z][A-Za-z ]{0,20}?)\s*(?:也|都)\s*"
                r"(?:remove|delete|去掉|删掉)(?:掉|了|吧|啦)*(?=\s*(?:$|[，,。]))", re.IGNORECASE),
     r"remove the \g<t> too"),
    # "杯子 change to 一个勺子": a Chinese thing, changed with English words
    (re.compile(r"^(?!其实|那个|就是|然后|还是)(?P<t>[\u4e00-\u9fff]{1,6})\s*(?:change|changed|switch|turn)\s+(?:it\s+)?(?:to|into)\s+(?P<x>\S.*)$",
                re.IGNORECASE), r"把\g<t>换成\g<x>"),
    # 船头站着一只白鹭: where, then what is there (一只白鹭站在船头); "lose the 白鹭 pls 太抢戏了": a remark after
    (re.compile(r"(?:^|(?<=[，,。\s]))(?![在把给让将有])(?P<p>[\u4e00-\u9fff]{2,4}?)(?<![间边面方央角处侧上下里中])(?P<v>[站坐趴躺蹲停])着"
                r"(?P<c>[一两三几]\s*[个只条棵朵张辆座把件顶匹位块艘])(?P<t>[\u4e00-\u9fff]{1,6})(?=$|[，,。\s])"),
     lambda m: f"{m.group('c')}{m.group('t')}{m.group('v')}在{_place_of(m.group('p'))}"),
    (re.compile(r"(?<=[A-Za-z\u4e00-\u9fff])\s+(?:pls|please|plz)\s+(?=[\u4e00-\u9fff])", re.IGNORECASE), "，"),
    # 右边画堆篝火, 加堆石头: a heap of them (一堆), the measure said without 一
    (re.compile(r"(?<=[画加放来])(?=堆[\u4e00-\u9fff])"), "一"),
    # "画一个热气球 top middle那里": there, after a place said in English
    (re.compile(r"\b(?P<w>left|right|middle|center|centre|top|bottom|corner)\s*(?:那里|那儿|那边|这里)", re.IGNORECASE),
     r"\g<w>"),
    # 让她直接坐草地上, 老爷子坐马扎上: sat there (坐在), 直接 said on the way
    (re.compile(r"(?<=[她他它子孩人])(?:直接|就)?(?P<v>[坐站躺趴蹲])(?![在到着下起了])"
                r"(?=[\u4e00-\u9fff]{1,4}?[上里](?:钓鱼|看书|睡觉|休息)?$)"),
     r"\g<v>在"),
    # "and 在右下角 一只小小的灰色老鼠 pls": a place, then what is there (one more there, not a move)
    (re.compile(r"(?:^|(?<![\u4e00-\u9fff]))在(?P<p>[\u4e00-\u9fff]{1,4}?[角边间面方])\s+(?=[一两三四五几]\s*[个只条棵朵张辆颗])"),
     r"在\g<p>加"),
    # "robot 本身要白色": the thing itself (not what it holds) made white
    (re.compile(r"(?:^|(?<=[，,。]\s)|(?<=[，,。]))\s*(?P<t>[A-Za-z][A-Za-z ]{0,20}?|[\u4e00-\u9fff]{1,6}?)?\s*本身"
                r"(?:要|是|就|也)?(?:改成|换成|变成|弄成)?(?=[红黄蓝绿白黑紫粉橙灰棕金银]|[a-z]+\s*的)", re.IGNORECASE),
     lambda m: f"把{m.group('t') or '它'}改成"),
    # 左边那顶红的, 小的来个绿色吧, 挪到顶上: that one (那个), made green, to the top
    (re.compile(r"(?<=[那这])[艘顶盏株栋座盆本位件支把张块](?=[红黄蓝绿白黑紫粉橙灰棕金银大小][\u4e00-\u9fff]{0,3}的)"),
     "个"),
    (re.compile(r"(?<=[的它他她])\s*来个(?=[红黄蓝绿白黑紫粉橙灰棕金银]色)"), "改成"),
    (re.compile(r"(?<=[到在])顶上(?=$|[，,。\s吧])"), "最上面"),
    # 浮漂下面再画条鱼, 太阳下边儿再画几棵树, 车旁边站一个人: a thing drawn at another, said without 在
    (re.compile(r"(?:^|(?<=[，,。\s]))(?P<a>(?:(?![在把给让将的])[\u4e00-\u9fff]){1,6}?)(?P<l>下面|上面|旁边|左边|右边|前面|后面|"
                r"下边|上边|边上|里面)儿?(?:再|也|还)?(?:画|加|站|坐|放|摆|停)[着了]?(?=[一两三四五几个只条棵朵颗位辆])"),
     lambda m: f"在{m.group('a')}{_SIDE_SAID.get(m.group('l'), m.group('l'))}加"),
    # "background change to 黄色", "bg换成黄色 tree不变": the background, and an English thing kept, in Chinese words
    (re.compile(r"\b(?:(?:and|then|also)\s+)?(?:the\s+)?(?:background|bg)\s*(?:change|changed|switch|turn|make\s+it)\s+(?:to\s+|into\s+)?"
                r"(?=[\u4e00-\u9fff])", re.IGNORECASE), "背景换成"),
    (re.compile(r"(?<=[\u4e00-\u9fff])\s+(?P<t>[a-z]+)\s*(?=(?:不变|不动|别动|保持不变)$)", re.IGNORECASE), r"，\g<t>"),
    # "…，搁红色的桌子上": put there (放 said without 在)
    (re.compile(r"(?:^|(?<=[，,。\s]))(?P<v>放|摆)(?![在到着])(?=[^，,。]{1,8}?(?:上|里)(?:面|边)?$)"), r"\g<v>在"),
    # "can you draw 一个纳西老人在弹琵琶": the English opener before a Chinese thing is "draw"
    (re.compile(r"^(?:(?:please|pls)\s+)?(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?"
                r"(?=(?:draw|paint)\s+[一两三四五几])", re.IGNORECASE), ""),
    # 窗外是苏州园林: what is seen outside is where the picture is
    (re.compile(r"(?:^|(?<=[，,。\s]))(?:窗外|窗户外面|外面|门外)是(?=[\u4e00-\u9fff]{2,8}$)"), "背景是"),
    # 底色还是改成米色吧: the ground colour is the background's
    (re.compile(r"底色(?:还是)?(?=(?:也|就|再)?(?:改成|换成|变成|用|要|弄成|调成))"), "背景"),
    # 帮阿婆画一座土楼: drawn for someone, asked as 帮我画 is
    (re.compile(r"帮(?!我|忙|俺|它|他|她)[\u4e00-\u9fff]{1,3}?画(?=[一两三四五六七八九十几个张只条座把幅])"), "帮我画"),
    # 给我画张麻将桌: a count of one said with its measure alone
    (re.compile(r"(?<=画)(?=[张条座把块艘幅](?![一二三四五六七八九十])[\u4e00-\u9fff]{2})"), "一"),
    # 俺家果园的，画一棵苹果树: whose the picture is, said before the request
    (re.compile(r"^(?:我|俺|咱|我们|俺们|咱们)[^，,。]{0,6}的[，,]\s*(?=(?:请|帮我|给我)?画)"), ""),
    # 改成大只的橘色的: big (大只 is big-bodied; 一大只 and 三只 stay counts)
    (re.compile(rf"(?<!{_COUNT})([大小])只(?=的)"), r"\1"),
    # 在下面中间, 中间下面: the bottom (the middle of that row); 上面中间: the top
    (re.compile(r"(?:下面|下方|底部)(?:的)?(?:中间|正中)|中间(?:的)?(?:下面|下方)"), "下面"),
    (re.compile(r"(?:上面|上方|顶部)(?:的)?(?:中间|正中)|中间(?:的)?(?:上面|上方)"), "上面"),
    # "然后 color 改成 red": its colour, said in English before a Chinese change
    (re.compile(r"(?<![A-Za-z])colou?r\s*(?=改成|换成|变成|改为|要)", re.IGNORECASE), "颜色"),
    # 改改颜色, 挪挪位置: a verb said twice is said once ("a bit"); 改改 alone is left for the vague-request rule
    (re.compile(r"(?P<v>[改换调弄修挪移变])(?P=v)(?=[\u4e00-\u9fff])(?![吧呗呢看])"), r"\g<v>"),
    # 女孩穿黄色的, 一个穿红色的女孩: wears yellow, clothes of that colour (a note, or a thing called 穿女孩, before)
    (re.compile(r"穿着?(?P<c>(?:浅|深)?[红橙黄绿青蓝紫粉黑白灰棕金银])色?的(?=[，,。！!]|\s(?!\s*[A-Za-z])|$)"),
     r"穿\g<c>色的衣服"),  # (not 穿着红色的 cape: the cape)
    (re.compile(r"穿着?(?P<c>(?:浅|深)?[红橙黄绿青蓝紫粉黑白灰棕金银])色?的(?=(?:小|老)?(?:女孩|男孩|女生|男生|女人|男人|"
                r"孩子|小孩|姑娘|小伙子?|人|朋友|宝宝|奶奶|爷爷|阿姨|叔叔|公主|王子)(?![\u4e00-\u9fff]*[衣裙裤鞋帽袍篷]))"),
     r"穿\g<c>色衣服的"),
    # 加点星星, 加些云: some of a thing, added as one thing of it ("add some stars"), not a thing called 点星星
    (re.compile(r"(?<=[加添])(?:一)?[点些](?=[\u4e00-\u9fff])"
                r"(?![红橙黄绿青蓝紫粉黑白灰棕金银大小亮暗多少高低远近细光氛感色])"), ""),
    # 再加一顶 black hat 给它: given to it, as 给它加 says; 她穿的毛衣: her sweater
    (re.compile(r"^(?P<again>再|还)?(?:加|添)(?P<x>[^给，,。]{1,20}?)\s*给(?P<w>它|他|她)(?:吧|呗|啊)?$"),
     r"\g<again>给\g<w>加\g<x>"),
    (re.compile(r"(?P<w>他|她|它)(?:穿|戴|拿|拿着|戴着|穿着)的"), r"\g<w>的"),
    # 形状换成爱心, 把形状改成三角形: the shape of the thing in focus, said as the thing becoming it
    (re.compile(r"^(?:把|将)?(?:它的|它|这个的)?形状(?=换成|改成|变成|改为|换为)"), "把它"),
    # 把熊猫画得大大的: drawn bigger, as 变得 says; 把整张画改成黑白的: the whole picture
    (re.compile(r"(?<=把)(?P<t>[^，,。把]{1,8}?)画得(?=[大小红橙黄绿青蓝紫粉黑白灰棕金银亮暗高矮胖瘦])"), r"\g<t>变得"),
    (re.compile(r"把(?:整张|整幅|整个)(?:画|图|画面)(?=改成|换成|变成|弄成)"), "把画面"),
    # 女孩撑伞, 幫我畫個girl撐住把umbrella: holding it up, as 撑着 says
    (re.compile(r"[撑撐](?:住|起|开|開)?(?:[一1]?把)?(?=\s*(?:雨伞|雨傘|阳伞|陽傘|伞|傘|umbrella|parasol))",
                re.IGNORECASE), "撑着"),
    # 不对不对，我要的是三角形，不是圆的: said once; what it is not goes with what it is
    (re.compile(r"不对(?:[，,\s]*不对)+"), "不对"),
    (re.compile(r"(?P<a>(?:^|(?<=[，,。！!]))[^，,。！!]*?(?:是|要)[^，,。！!]*?[\u4e00-\u9fff])[，,]\s*"
                r"(?=(?:而)?不是[^，,。是]{1,8}(?:$|[，,。！!]))"), r"\g<a>"),
    # 再做成特写, 再弄成黑白的: made so, as 做成 says
    (re.compile(r"(?:^|(?<=[，,。\s]))再(?=(?:做|弄|搞|整)成)"), ""),
    # 貓在左邊、狗在右邊: each thing and its place, two clauses
    (re.compile(r"(?<=[左右上下中间边面角])、(?=[\u4e00-\u9fff]{1,4}在)"), "，"),
    # 狗狗戴着围巾: the dog, said as to a child
    (re.compile(r"(?P<c>[狗猫兔鸟鱼鸭猪])(?P=c)(?![\u4e00-\u9fff]*(?:叫|声))"), r"\g<c>"),
    # 黑底哈: a particle at the end (not 哈士奇)
    (re.compile(r"(?<=[\u4e00-\u9fff])(?<![哈一])哈(?=[\s，,。！!~～]*$)"), ""),  # (哈哈 a laugh; 一哈 一下, below)
    # 都变大, 全都改成红色: said of everything there, as 它们都 is (not of the last thing only)
    (re.compile(r"(?:^|(?<=[，,。\s]))(?=(?:都|全都|统统|通通)(?:给我)?[变改换涂弄调放挪移往向染缩])"), "它们"),
    # 俩一块儿在公园里玩儿, 它们一起玩: the two just named, together (俩 is no thing, 一起 no part of one)
    # (他们, 她们 and 他俩 stay persons: 它们 is never one)
    (re.compile(r"(?:^|(?<=[，,。\s]))(?:(?P<p>[它他她])?(?:俩|们)|[这那]俩)(?:一块儿?|一起)?(?=在|去|玩|跑|坐|站|睡|躺|飞|游)"),
     lambda m: f"{m.group('p') or '它'}们"),
    # "top left 酱" (Taiwan, Malaysia, Singapore: 这样): "like this", after what was said (番茄酱 is a sauce)
    (re.compile(r"(?<=[A-Za-z0-9\s])酱(?=[\s。！!~～]*$)"), ""),
    # 天空加几朵白云, 在天空加…: in the sky, as 天空中加 says
    (re.compile(r"(?:^|(?<=[，,。\s]))在?天空(?=再?加|再?画|放)"), "天空中"),
    # Sichuan and Chongqing: 一哈 (一下), 啥子 (什么), 莫得 (没有)
    (re.compile("一哈"), "一下"), (re.compile("啥子"), "什么"), (re.compile("莫得"), "没有"),
    # 莫要了噻 (不要了), 花园头耍 (花园里玩), 雪地头 (雪地里); 老铁帮个忙 (buddy, do me a favour) before the request
    (re.compile(r"莫要"), "不要"), (re.compile(r"(?<=[\u4e00-\u9fff])噻(?=$|[\s，,。！!~～])"), ""),
    (re.compile(r"(?<=[地林园屋河湖山村街])头(?=$|[\s，,。！!耍玩])"), "里"),
    (re.compile(r"(?<=[里头])耍(?=$|[\s，,。])"), "玩耍"),
    (re.compile(r"^(?:老铁|兄弟|姐妹|宝子|亲|家人|集美)(?:们)?[\s，,!！]*(?:帮个忙|帮帮忙|麻烦一下)?[\s，,!！]*"), ""),
    # 一个老大爷坐公园长椅上: sitting ON it, 在 left out
    (re.compile(r"(?<=[爷奶孩人猫狗娃妈爸姐哥弟妹熊鸟兔猴鸭鸡猪羊牛马虎狮])(?P<v>[坐躺趴蹲])"
                r"(?=[^\s在着，,。]{1,6}(?:上|里|下|旁边)(?:$|[\s，,。]))"),
     r"\g<v>在"),
    # 有个小姑娘站在樱花树底下 帮我画一下: the request said after what to draw
    (re.compile(r"(?<=\S)[\s，,]*(?:帮我|给我|请|麻烦)?(?:画|整)(?:一下|下|出来)(?:吧|呗|哈|嘛|啊)?[\s。！!~～]*$"),
     ""),
    (re.compile(r"(?<=再)整个(?=[红橙黄绿蓝紫粉棕白黑灰金银]色?的[\u4e00-\u9fff])"), "画个"),
    # "放 kitchen 里": in the kitchen, a place said in English between Chinese words
    (re.compile(r"(?:^|(?<=[，,。]))\s*(?:放在|放)\s*(?P<p>[A-Za-z][A-Za-z ]{1,20}?)\s*里(?:面|头)?(?=$|[\s，,。])"),
     r" in the \g<p>"),
    # 一家三口: a family (of three), one group, not three things called 一家
    (re.compile(r"一家[三四五六]口(?:人)?"), "一家人"),
    # 樱花树给去掉吧: 给 before the verb says nothing more (把樱花树去掉)
    (re.compile(r"(?<=[\u4e00-\u9fff])给(?=去掉|删掉|拿掉|去了|删了|弄掉)"), ""),
    # 光留那姑娘就行, 光要狗就行: only her, only the dog
    (re.compile(r"光(?=(?:留|要)[^，,。]{1,6}就(?:行|好|可以))"), "只"),
    # 树变成秋天的颜色: the colours of autumn on the tree (秋色), not the picture set in autumn
    (re.compile(r"(?P<s>[春夏秋冬])天的(?:颜色|色彩|配色)"), r"\g<s>色"),
    # 它好像太小, 感觉有点暗: how sure one is, before what is wrong (它太小: make it bigger)
    (re.compile(r"(?<=[它他她])(?:好像|似乎|感觉|好似)(?=太|有点)"), ""),
    # 颜色再深一点, 车的颜色浅一点, 再深一点: the thing's colour a shade darker or lighter (把它变深一点)
    (re.compile(r"^(?:(?P<t>[^，,。把再颜]{1,6}?)的?颜色|颜色)?(?:再|调|变得?|稍微|更|要)*(?P<w>[深浅淡])(?:一)?(?:点|些)"
                r"(?:儿)?(?:吧|哦|啊)?$"), lambda m: f"把{m.group('t') or '它'}变{m.group('w')}一点"),
    # 拿着两个气球的小女孩, 扎着两个辫子的: how many of what a thing holds or wears (a part is not counted; the
    # count had made two girls; 牵着一只白色的小狗 is a dog of its own)
    (re.compile(r"(?<=[拿戴扎抱背穿举牵提握捧叼]着)[一两二三四五几]" + _MEASURE.replace("]", "根本束串副双对朵]")
                + r"(?=[^的，,。]{1,6}(?<![色红橙黄绿蓝紫粉棕白黑灰金银大小])的)"), ""),
    # 不对，我要圆形的，不是三角形: what it is and what it is not, one correction (as 我要圆形的不是三角形 reads)
    (re.compile(r"(?<=[的色形])\s*[，,]\s*(?=不是[^，,。]{1,6}$)"), ""),
    # 她的裙子黄色就行, 裙子 yellow: a thing and its colour, nothing between (把裙子改成黄色)
    # (男孩的衣服蓝色 after another colour said, 风筝改红色 男孩的衣服蓝色: the boy's clothes)
    (re.compile(r"(?:^|(?:(?<=色\s)|(?<=色[，,]))(?![左右上下中前后顶底背旁]))(?P<t>(?:(?:[他她它]|(?![画加来要给把让再背])[\u4e00-\u9fff]{1,4})的)?"
                r"(?![画加来要给把让再背还也有红橙黄绿蓝紫粉棕白黑灰金银])(?:(?![改换变涂成要是用来个的深浅淡亮暗天色])[\u4e00-\u9fff]){1,4})\s*"
                r"(?P<c>[红橙黄绿蓝紫粉棕白黑灰金银]色"
                r"|(?:red|orange|yellow|green|blue|purple|pink|brown|white|black|gray|grey|gold|silver))(?:的)?\s*"
                r"(?:就行了?|就好了?|吧|就可以了?|pls|please)?(?=\s*$|\s*[，,。])", re.IGNORECASE),
     r"把\g<t>改成\g<c>"),
    # 中, 挺好: "fine" said alone at the start
    (re.compile(r"^中(?=[\s，,。！!]|$)"), "好"),
    # 加一个小孩在旁边看: beside it, watching (看 is no pose of its own)
    (re.compile(r"(?<=在)(?:旁边|一旁|边上)(?:看着?|观看|围观)(?=$|[，,。\s])"), "它旁边"),
    # the internet's: 一丢丢 (一点), [doge] and [捂脸] (an emoticon's name in brackets), "emmm" glued to the request,
    # 安排! / 安排上 after it (make it so)
    (re.compile(r"一丢丢儿?|一咪咪|一捏捏"), "一点"), (re.compile(r"\s*\[[\u4e00-\u9fffA-Za-z]{1,4}\]"), ""),
    (re.compile(r"^(?:e+m+|h+m+)\s*(?=[\u4e00-\u9fff])", re.IGNORECASE), ""),
    (re.compile(r"(?<=[\u4e00-\u9fff])[\s，,]*安排(?:上|一下)?[!！~]*$"), ""),
    # 一只在树上唱歌的小鸟, 在桌子上睡觉的猫: where a thing is and what it does said before it, as 一只小鸟在树上唱歌
    # says it (read before the thing, the place was taken into its name: 树上唱歌鸟, 睡觉的桌子上猫)
    # (a doing the rules know, not a request after a place: 在左上角画一个红色的气球, 在巴士前面加一个等车的女孩)
    (re.compile(r"(?:^|(?<=[，,。\s画来要个只条头匹位]))在(?![左右]?[上下中]|[左右]边|正中)"
                r"(?P<w>[^，,。的在\s]{1,8}?(?:上面|下面|里面|外面|旁边|前面|后面|上|下|里|中|边|前|后))"
                rf"(?P<v>{_DOINGS}|[坐站躺趴蹲睡飞跑游玩跳走]着?)的(?P<n>[^，,。的在\s]{{1,6}})(?=$|[，,。！!\s])"),
     r"\g<n>在\g<w>\g<v>"),
    # 背景竹林, 背景海边: the background said with its place and no verb, as 背景是竹林 says it
    (re.compile(r"(?:^|(?<=[\s，,。]))背景(?=[\u4e00-\u9fff]{0,4}[林边滩地市空山海湖河园街室房厅场原漠谷岛村镇](?:$|[\s，,。！!]))"
                r"(?![是换改变用要为弄搞整太很有再更不别])"), "背景是"),
    # 拿着橘子戴红帽子的老爷爷: what he holds, then what he wears (戴 with no 着 after the thing held)
    (re.compile(r"(?P<a>[拿举抱牵握端提]着[^，,。的\s戴穿]{1,4})(?P<v>[戴穿])(?!着)(?=[^，,。\s]{1,6}的)"),
     r"\g<a>、\g<v>"),
    # 兔子本身弄成白色: the rabbit itself (not its scarf), as 把兔子弄成白色 says it
    (re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])本身(?=[弄变改换涂染要是的就也\s]|$)"), ""),
    # 雨停了, 不下雨了: no more rain (as 不要下雨了 says)
    (re.compile(r"(?:^|(?<=[，,。\s]))(?:(?P<w>雨|雪)停了|不(?:再)?下(?P<w2>雨|雪)了)"),
     lambda m: f"不要下{m.group('w') or m.group('w2')}了"),
    # 帮我画那个…就是那个嘛: "that one", never said which: what to draw is asked, as 帮我画 alone asks it
    (re.compile(r"(?:^|(?<=[，,。\s]))(?P<v>(?:帮我)?画)(?:一下)?(?:那个|这个|那个东西|这个东西|那玩意儿?)(?:嘛|吧|呀)?(?=$|[，,。…\s.])"),
     r"\g<v>"),
    # 给树上加一些苹果: onto the tree, as 在树上加 says it (给 of a place, not of someone given to)
    (re.compile(r"(?:^|(?<=[，,。\s]))(?:再)?给(?P<t>[\u4e00-\u9fff]{1,4}?)(?P<at>上面|上|里面|里|下面|下|旁边)(?=再?加)"),
     r"在\g<t>\g<at>"),
    # 给她一个 pink bow 在头上: where the thing given is worn, after it; what is given is the bow
    (re.compile(r"^(?P<g>\s*(?:再)?给(?:她|他|它)[^，,。]+?)\s*在(?:她|他|它)?的?(?:头上|头顶上?|脖子上|手里|手上|身上|脸上|"
                r"耳朵上|背上)(?=\s*[吧啊呀哦了]*[。！!~，,]*$)"), r"\g<g>"),
    # 放一个 small 银色 圆: a counted thing's colour, then its name, typed with a space between (not two things)
    (re.compile(r"(?P<a>一[个只条朵棵辆张块颗位][^，,。]*?[\u4e00-\u9fff]色)\s+"
                r"(?P<b>(?![\u4e00-\u9fff]*色)[\u4e00-\u9fff]{1,4})(?=\s*$|[，,。！!])"), r"\g<a>\g<b>"),
    # 天空加点白云, 来点星星: some (not a thing called 点云)
    (re.compile(r"(?<=[加添])点儿?(?=[\u4e00-\u9fff])(?![点个些])(?![^，,。\s]{0,3}(?:色|感|风|光|氛围))"), "一些"),
    # 年轻点, 简单点就行, 要精神点: a bit more so (not 红点, 波点, 有点, 几点: a dot, some, a time)
    (re.compile(r"(?<![红黄蓝绿白黑紫粉灰棕金银圆波斑焦景地起终重有差一两几半点大小高低亮暗深浅多少快慢远近\d])(?<=[\u4e00-\u9fff])(?<![加来添放画])点"
                r"(?=(?:就行|就好|就可以|吧|哈|啊|呀)?(?:$|[，,。！!\s~]))"), "一点"),
    # bubble tea 不要了 换成豆浆吧: that one, swapped for the other
    (re.compile(r"^(?P<x>[A-Za-z][A-Za-z ]*[A-Za-z]|[\u4e00-\u9fff]{1,6}?)(?<![也都])\s*"
                rf"(?:不要了|不要啦|不用了|不想要了)(?:吧|啊)?[，,\s]+(?:换成|改成)(?!{_ZH_TIMES})(?P<y>[^，,。]+)"),
     r"把\g<x>换成\g<y>"),
    # 戴白帽子 系个围裙: tied on, worn (not 系统)
    (re.compile(r"(?:^|(?<=[\s，,]))系(?:个|一个|条|一条|上)?(?=[\u4e00-\u9fff])(?![统列数])"), "系着"),
    # 画个 barista，男的: a man, said after what he is
    (re.compile(r"(?P<n>[A-Za-z]+|(?<=[个位名])[\u4e00-\u9fff]{1,4})\s*[，,\s]\s*(?P<g>男|女)的(?=$|[\s，,。])"),
     lambda m: (("male " if m.group("g") == "男" else "female ") + m.group("n")) + "，" if m.group("n").isascii()
     else m.group("g") + m.group("n") + "，"),
    # "a ballerina in a pink tutu 在跳舞": what the one described in English does, said after it in Chinese
    (re.compile(r"(?<=[A-Za-z])\s+(?=(?:在|正在)[跳唱跑飞玩吃喝睡看读写画游走笑哭弹打踢钓骑][\u4e00-\u9fff]{0,3}"
                r"(?:\s*$|\s+[A-Za-z]))"), "，"),
    # "a mug and a notebook 并排放": side by side
    (re.compile(r"\s*并排(?:放|摆|站|坐)?(?:着)?(?=\s*$|[，,。])"), " side by side"),
    # 画一辆黄色校车 停在左边: parked there; 居中: in the middle; 左边那台 (of machines): that one
    (re.compile(r"(?<=[\u4e00-\u9fff])\s+停在(?=[左右上下中])"), " 在"), (re.compile(r"居中"), "在中间"),
    (re.compile(r"(?<=[那这哪])台(?![灯阶风词球湾])"), "个"),
    (re.compile(r"(?:(?<=^)|(?<=[\s，,边角面间]))补(?=[一两个只条棵朵])"), "加"),  # 左边补一个灯泡: add
    (re.compile(r"(?<=[A-Za-z\u4e00-\u9fff])\s*我(?:不想要|不要)了"), "不要了"),  # rocket我不想要了
    # 画一只yellow duck，就是debug用的那种小黄鸭: the kind it is, said again after it
    (re.compile(r"[，,]\s*就是[^，,。]{1,20}?的?那种[\u4e00-\u9fffA-Za-z ]{0,6}$"), ""),
    # 画两个server 左边那个黑色: a place of the picture after an English name starts the next clause
    (re.compile(r"(?<=[A-Za-z])\s+(?=(?:左边|右边|上面|下面|中间|左上角|右上角|左下角|右下角)"
                r"(?:那|一[个只条台辆张块颗]|再|放|是|画|的))"), "，"),
    # 画左边一个蓝色的圆 右边一个…: what to draw, listed by place
    (re.compile(r"^(?P<v>(?:帮我|请|给我)?画)(?=(?:左边|右边|上面|下面|中间|[左右][上下]角)[一两])"), r"\g<v>："),
    # 咖啡那个删掉: that one, named first (那个咖啡)
    (re.compile(r"(?:^|(?<=[，,\s]))(?P<x>[\u4e00-\u9fff]{1,4}|[A-Za-z]+(?:\s[A-Za-z]+)?)(?<![色的边面角大小])\s*那个\s*"
                r"(?=删|去掉|不要|delete|remove)", re.IGNORECASE), r"那个\g<x>"),
    # 头盔换成蓝色，不是美团那种 是饿了么那种蓝: the kind of colour, not a thing
    (re.compile(r"[，,]\s*不是[^，,。\s]{1,8}那种[\s，,]*(?:是|而是)?[^，,。\s]{0,8}那种[\u4e00-\u9fff]?$"), ""),
    # 蓝色那个丢右下角去, 挪到顶: thrown there; to the top
    (re.compile(r"丢(?:到|去)?(?=[左右上下中][\u4e00-\u9fff]{0,3}去?$)"), "移到"),
    (re.compile(r"(?<=[挪移放])到顶(?:部|上)?(?=$|[\s，,。！!])"), "到最上面"),
    # 身穿红色斗篷, 手持长剑: wearing, holding (as written)
    (re.compile(r"身穿(?:着)?"), "穿着"), (re.compile(r"(?:^|(?<=[，,\s的]))手持(?:着)?"), "拿着"),
    # 左下角那里: the corner itself
    (re.compile(r"(?<=[角边面间])\s*(?:那里|那儿|那边)(?=\s*(?:吧|啊|呀|哦)?[。！!~，,]*$|[，,。])"), ""),
)


def as_usually_said_zh(text: str) -> str:
    """`text` with spoken words said the usual Mandarin way; text without them is returned as it is."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return text
    for pattern, said in _SAID:
        text = pattern.sub(said, text)
    return text
