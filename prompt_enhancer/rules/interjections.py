"""The clauses that say nothing to draw: a hesitation, a courtesy or an aside ("hmm", "no wait", "please", "keep it
there", "如果可以的话") read as nothing beside a request, and a complaint that says only that something is off ("not
like that", "不对"), which alone is asked about."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# A clause that only hesitates ("hmm", "no", "wait") or only says something is off ("not like that", "不对"):
# beside other clauses it is read as nothing; alone, a complaint asks what should change.
INTERJECTION = re.compile(r"(?:(?:no+|oh|hmm+)[\s,.]+wait|wait[\s,.]+no+|"  # "no wait" alone: no note
                          r"no(?:\s+no)*|nope|nah|non(?:\s+non)*|nein|wait|hmm+|hm+|um+|uh+|eh+|erm*|like|o+h+|a+h+|wow+|oops|"
                          # "red triangle top right, quick", "need it in 5": how soon, no thing
                          r"quick(?:ly)?|asap|urgent(?:ly)?|(?:i\s+)?need\s+(?:it|this|them)\s+(?:in\s+\d+(?:\s*(?:mins?|"
                          r"minutes))?|asap|now|quick(?:ly)?|soon|today|by\s+[a-z]+)|"
                          # "he'd be lovely so he would", "aye that'll be better": how it will look, said of it
                          r"(?:he|she|it|that|they)(?:'d|\s+would|'ll|\s+will)\s+(?:be|look)\s+(?:so\s+|just\s+)?(?:lovely|"
                          r"sweet|charming|splendid|smashing|wonderful|"
                          r"great|grand|nice|perfect|brilliant|gorgeous|better|nicer|class|deadly)(?:\s+so\s+(?:he|she|"
                          r"it|they)\s+(?:would|will|is|does))?|"
                          r"(?:麻烦|请)?\s*update\s*一下|"  # "car 不要了 麻烦 update 一下": please update, nothing more
                          # "太阳不要了，没有太阳好看些": why, said of how it looks without it
                          r"(?:没有|没了|不要)[\u4e00-\u9fff]{1,4}?(?:更|还)?(?:好看|漂亮|干净|清爽|舒服)(?:些|点|一点|多了)?|"
                          # WeChat office words: 收到 (got it), 辛苦啦 (thanks), ok哒, 要得不 (Sichuan: ok?)
                          r"收到|辛苦(?:了|啦|啦啦)?|ok哒|好哒|要得不?|要得嘛|能画不|能画吗|可以画吗|画得了不|"
                          # "sorry 我说错了": said wrong; "na so" (Pidgin: that's it); "robot can stay": as it is
                          r"(?:我)?(?:说|打|写)错了|na(?:\s+so)?|(?:the\s+)?[a-z]+\s+can\s+stay(?:\s+as\s+(?:it\s+)?is|\s+put|\s+where\s+(?:it|he|she)\s+is)?|"
                          # "girl keep as is", "knight himself dont touch", "color same": what stays as it is
                          r"(?:the\s+)?[a-z]+(?:\s+(?:himself|herself|itself))?\s+(?:keep|stays?|leave)\s+(?:as\s+(?:it\s+)?is|"
                          r"(?:the\s+)?same)|(?:the\s+)?[a-z]+(?:\s+(?:himself|herself|itself))?\s+(?:dont|don'?t|do\s+not)\s+"
                          r"(?:touch|change)|(?:the\s+)?colou?r\s+(?:the\s+)?same|"
                          # "…, just the bunny", "only the cat is ok", "keep the black", "i wanna see her hair",
                          # "dog just stand there", "duck alone more cute": what stays, or why, beside the change
                          r"(?:just|only)\s+(?:the\s+)?(?!(?:one|two|three|four|five|six|a|an|more|some|once|twice)\b)[a-z]+"
                          r"(?:\s+(?:is|are)\s+(?:ok|okay|fine|good|enough))?(?:\s+(?:pls|"
                          r"please))?|keep\s+the\s+(?:black|white|red|blue|green|yellow|pink|purple|orange|brown|gr[ae]y|gold|silver)"
                          r"(?:\s+(?:one|background|bg))?|i\s+(?:wanna|want\s+to)\s+see\s+"
                          r"(?:his|her|its|their|the)\s+[a-z]+|(?:the\s+)?[a-z]+\s+just\s+(?:stand|stay|sit)s?\s+there|"
                          r"(?:the\s+)?[a-z]+\s+alone\s+(?:is\s+)?(?:more\s+cute|cuter|better|nicer|more\s+nice)|"
                          r"(?:a\s+)?(?:cute|simple|kawaii|plain|basic|clean)\s+one|"  # "…, cute one"
                          # "…, its a boy 💙": a baby shower's news; 下次想复现一下: why a seed is asked
                          r"it'?s\s+a\s+(?:boy|girl)|(?:下次|以后)(?:想|要)?(?:复现|再画|再用)(?:一下)?|"
                          # "see sample here ![cat](…)": a picture pointed at, which is not read
                          r"(?:see|check(?:\s+out)?)\s+(?:the\s+|my\s+|our\s+)?(?:last\s+|latest\s+|new\s+|old\s+)?"
                          r"(?:sample|example|pic|picture|photo|image|link|reference|ref|cover|album|art|work|page|post)"
                          r"(?:\s+(?:here|below|above|attached))?|"
                          # "set steps to 40, its taking forever": why, of how long it takes
                          r"(?:it'?s|its|it\s+is|this\s+is)\s+(?:taking|takes)\s+(?:forever|ages|so\s+long|too\s+long)|"
                          r"(?:it'?s|its|this\s+is)\s+(?:so|too|really)\s+slow|"
                          # "sorry i am new to this", "im new here": who is asking, not what
                          r"(?:sorry\s+)?(?:i\s+am|i'?m|im)\s+(?:(?:very|so|quite|still)\s+)?(?:new|a\s+beginner|a\s+newbie|"
                          r"not\s+good\s+with\s+(?:this|these|computers|tech|technology))(?:\s+(?:to|at|with)\s+(?:this|it|"
                          r"all\s+this|computers|tablets|these\s+things))?(?:\s+here)?|"
                          r"(?:oops\s+|sorry\s+)?wrong\s+(?:chat|window|tab|person|convo|thread)(?:\s+lol)?|"
                          # "working on a print rn, can u …": what the person is doing, beside the request
                          r"(?:i'?m\s+|im\s+|i\s+am\s+)?working\s+on\s+(?:a|an|my|the|some)\s+[a-z]+(?:\s+[a-z]+)?"
                          r"(?:\s+(?:rn|right\s+now|atm|now|today))?|"
                          r"sorry|ok|okay|kk?|now|so|then|alright|(?:ok|okay)\s+can(?:\s+lah?)?|can(?:\s+lah?|\s+can)?|(?:keep|leave)\s+(?:it|him|her|them)\s+(?:there|where\s+"
                          r"(?:it|he|she|they)\s+(?:is|are))|"  # "keep it there but make it smaller": no move
                          r"actually|well|yes|i\s+see|(?:不好意思|抱歉)(?:打扰(?:了|你了|一下)?|麻烦(?:了|你了))?|劳驾|(?:哦+|啊)?忘了|"
                          r"here'?s\s+the\s+(?:brief|idea|plan|deal)|"
                          r"by\s+the\s+way|btw|i\s+mean|never\s*mind(?:\s+(?:that|it|then))?|nvm|also|out\s+of\s+(?:curiosity|interest)|"
                          r"just\s+(?:curious|wondering)|(?:one\s+more|one\s+last|last)\s+thing|(?:quick|random)\s+question|"
                           # "ehh too many, make it two birds total": why, beside the change
                          r"(?:eh+\s+|ugh\s+|hmm+\s+)?(?:(?:way\s+)?too\s+(?:many|much|busy|crowded|cluttered)|"
                          r"crowded|cluttered)"
                          r"(?:\s+(?:now|haha+|lol))*|"
                          # "i hope you are keeping well", "I am not altogether certain about the little boat",
                          # "oh bother": how the person is, or unsure; what to do is said beside it
                          r"i\s+hope\s+(?:you\s+are|you'?re|this\s+finds\s+you)\s+(?:keeping\s+|doing\s+)?(?:well|good|fine)|"
                          r"(?:i\s+am|i'?m|im)\s+not\s+(?:altogether\s+|entirely\s+|quite\s+|too\s+|so\s+)?(?:sure|certain"
                          r"|convinced)\s+(?:about|of)\s+(?:the|that|this|it)\b[a-z\s]{0,30}|(?:oh\s+)?bother|oh\s+(?:dear|my)|"
                          r"mind|(?:excuse|forgive|pardon)\s+(?:my\s+ignorance|me)|"
                          r"[a-z]+\s+clashes\s+(?:[a-z]+\s+)?with\s+(?:the|his|her)\s+[a-z]+|"  # why it changes
                          r"however|on\s+reflection|change\s+of\s+plans?|that\s+said|having\s+said\s+that|anyway|anyhow|"
                          r"\S{0,4}?(?:太多|好多|太乱|好乱|太挤|好挤)(?:了|喇|啦)?|"
                          r"yeah|sure|alright|idk|i dunno|dunno|i guess|maybe|嗯+|哦|好|好的|不|唔|啊|额|呃|"
                          r"h{3,}|x+swl|yyds|nb|he(?:he)+|"  # laughter and praise typed online
                          r"破防了?|绝绝子|笑死(?:我了)?|无语(?:了|子)?|awsl|emo了|"  # Chinese net slang: moved, great
                          r"哩贺|拍谢(?:喔|啦)?|歹势(?:歹势)?(?:喔|啦)?|厚+[～~]*|看看|试试看?|"  # Taiwanese: hi, sorry
                          # "lol ok hes all healed now", "poor baby": said of the one drawn, beside the request
                          r"(?:he|she|it|they)(?:'s|\s+is|\s+are|'re)\s+all\s+[a-z]+(?:\s+now)?|poor\s+(?:baby|thing|guy)|"
                          r"like\s+(?P<twice>[a-z]+)\s+(?P=twice)|ay+|ay\s+naku|hay+|"  # "like BIG big"; Tagalog "ay"
                          r"(?:there'?s\s+|there\s+is\s+)?nothing\s+(?:there|here|drawn)\s+yet|"  # "…, draw one first"
                          # "make it a square, circles feel kinda 2019": what they think of a kind of thing
                          r"[a-z]+s\s+(?:feel|look|seem)\s+(?:kinda|so|very|a\s+bit|too|really|pretty|super)\s+[\w-]+|"
                           # "idk surprise me lol": leaving the choice to the rest of the message
                          r"(?:idk|lol+|fine|whatever)?[\s,]*surprise me(?:[\s,]+lol+)?|"
                           # a courtesy or a smiley on its own beside a request: "draw a cat, please", "(black) :)"
                          r"please|pls|plz|kindly|请|拜托(?:了|啦)?|麻烦了|老铁|家人们|[:;=xX8][-^']?[)(DPp3\]\[/|oO]+|\^_*\^|<3)"
                           # courtesy around a request: "if it isn't too much trouble", "如果可以的话"
                          r"|if (?:it'?s|it is|it isn'?t|it is not) (?:not )?too much (?:trouble|to ask)|"
                          r"if you (?:don'?t|do not) mind|if (?:it'?s )?possible|if you can|no rush|"
                          r"if (?:it'?s|it is) no trouble|if you would|if you please|my apologies|oh dear|dear|"
                          r"如果可以的话|如果方便的话|可以的话|方便的话", _I)
COMPLAINT = re.compile(r"(?:no\s+)?(?:not like that|that'?s not (?:it|right|what i (?:wanted|meant))|"
                        r"(?:that'?s |it'?s |(?:it\s+)?looks\s+)?"
                        r"not (?:quite|right|what i (?:wanted|meant|asked for))|"
                        r"(?:that'?s |this is |it'?s |(?:it\s+)?looks\s+)?"
                        r"(?:wrong|"
                        r"not good|bad|ugly)|i don'?t like (?:it|that|this)|"
                        # a verdict that it is not good, not why: "meh", "not feeling it", "一般般", "不太行"
                        r"meh|(?:i'?m\s+|im\s+)?not\s+(?:really\s+)?feeling\s+(?:it|this|that)|"
                        r"(?:it'?s|its|that'?s|thats|this\s+is|it\s+looks)\s+(?:so\s+|kinda\s+|a\s+bit\s+|too\s+|really\s+|"
                        r"pretty\s+)?(?:boring|bland|dull|lame|empty)|"
                        r"(?:it'?s\s+|its\s+|that'?s\s+|thats\s+)?not\s+(?:great|amazing|there\s+yet|quite\s+there)|"
                        r"(?:这|那|这个|那个|这样|[\u4e00-\u9fff]{1,4}?(?=不好|不行|不对))?(?:不对|不太对|不是这样|不是这个|错了|不好|不行|不是我想要的|不是我要的|不太好|"
                        r"不好看|难看|不喜欢|不太行|不大行|还行吧|一般般?|不咋地|不怎么样|不够好|没感觉|(?:安捏|这样)?怪怪的))"
                        r"(?:\s*(?:at all|though|lol|haha|tbh|啊|吧|呢|哦))?", _I)
# "get rid of the teddy bear, it looks kinda creepy lol": why it goes, said after a removal (not a look to give the
# picture: it had turned the whole picture eerie)
WHY_IT_WENT = re.compile(r"(?:it|that|this|he|she|they)(?:'s|’s|'?re|\s+is|\s+isn'?t|\s+are|\s+looks?|\s+seems?|\s+was|"
                         r"\s+looked|\s+(?:doesn'?t|does\s+not|don'?t)\s+look|(?:'s|s|\s+is)\s+looking)\s+"
                         r"(?:(?:kinda|kind\s+of|sort\s+of|a\s+bit|a\s+little|so|really|too|very|pretty|super|way|not|"
                         r"no\s+longer)\s+)*"
                         r"[a-z]+(?:\s+(?:lol+|haha+|tbh|now|imo|there|here|lookin'?g?|looking))*"
                         # "its cluttering the comp", "it's blocking the view": what it does there, why it goes
                         r"|(?:it|that|this|he|she)(?:'s|’s|s|\s+is|\s+keeps|\s+was|\s+kept)\s+[a-z]+ing\s+"
                         r"(?:up\s+|into\s+|on\s+|over\s+)?"
                         r"(?:the|my|our|everything|too\s+much|me|us)\b[a-z\s]{0,30}"  # "it was judging me"
                         r"|看(?:到|着)(?:就|都)?烦|太丑了?|好丑|难看死?了?|碍眼|看不惯"  # 别画云了撒，看到烦
                         # 画得好奇怪: why it goes
                         r"|(?:画得|看着|看起来)(?:好|很|太|有点|真|超)?(?:奇怪|丑|怪)(?:了|啊|呀)?|有点丑"
                         r"|(?:整得|弄得|画得)?(?:挺|太|好|真|贼)?埋汰(?:的|了)?|(?:感觉|看着)?(?:太|有点|好)?(?:抢戏|喧宾夺主|抢镜)了?"
                         # 别画海鸥了，画面太满了; balloon去掉吧，感觉有点多余: why it goes
                         r"|(?:画面|整个画面|图|感觉|看着)?(?:有点|有些|太|好|很|挺|还是)?(?:太满|满|挤|乱|杂|多余|碍事|没必要)"
                         r"(?:了|啊|吧|呀)*"
                         # "take the backpack off her its the holidays": when it is, why it goes
                         r"|(?:it'?s|its|it\s+is)\s+(?:the\s+)?(?:school\s+)?(?:holidays?|weekend|vacation|summer\s+break)"
                         r"\b.{0,30}"
                         # "take the sun out, its supposed to be overcast up there": how it should be, why it goes
                         r"|(?:it|that|this|the\s+sky|the\s+weather)(?:'s|’s|s|\s+is|\s+was)\s+(?:supposed|meant)\s+to\s+be"
                         r"\s.{1,40}"
                         # "remove the staff, he lost it in the dungeon last session": what became of it, why it goes
                         r"|(?:he|she|they|i|we)\s+(?:lost|broke|dropped|sold|gave\s+away|forgot)\s+(?:it|them)\b.{0,60}"
                         # "umbrella不要了 let her get a bit wet lol": what comes of it, why it goes
                         r"|let\s+(?:her|him|them|it)\s+get\s+(?:a\s+(?:bit|little)\s+)?(?:wet|soaked|sunburnt|cold)"
                         r"(?:\s+(?:lol+|haha+))?"
                         # "remove the balloon looks cleaner without it"
                         r"|(?:it\s+)?looks?\s+(?:so\s+|much\s+|a\s+lot\s+)?(?:cleaner|better|nicer|neater|simpler)\s+"
                         r"without\s+(?:it|him|her|them)",
                         _I)
# "…would look nicer. Could you change it?", "应该是三角形，麻烦你改一下": asked for again after the change was read
DO_IT = re.compile(r"(?:change|do|fix|swap|switch|update)(?:\s+(?:it|that|this|them))?(?:\s+(?:for\s+me|then|now))?"
                   r"|(?:麻烦你?|请你?|帮我)?(?:改一下|改吧|换一下|改改|弄一下)(?:吧|哦|啊)?"
                   r"|(?:可以|能)?(?:帮我)?(?:改|换|改一下|换一下)(?:吗|嘛|不|么)", _I)  # "…不是狗 可以改吗"
