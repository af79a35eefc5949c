"""Talk that changed the picture: "改天再来耍" ("come again another day": before, the fish was turned into "天再来耍"),
"he will be happy" (before, the old man made happy), "thats basically my route 12 bus" (before, four buses called
"nice thats basically my route bu"), thanks and praise in other words ("thank ye kindly", "grand job so",
"obrigado"), an aside before a question ("Out of curiosity, …", "Also, …"), 么子 / 啥子 for 什么, "有没有daily
limit", "这张我要拿来当头像" beside thanks (before, notes in the prompt); and a request taken back in the same
message ("… no, never mind, it's lovely as it is": before, the change made anyway; "把猫变成红色 算了 不用了": before,
the cat made red and then removed) (issue 20; from the blind split tuning-36, then phrasings written for the test)."""

from __future__ import annotations

import pytest

from prompt_enhancer.rules.taken_back import after_taken_back
from rules_talk import names, talk


@pytest.mark.parametrize("first, said", [
    ("画一条红色的鱼", "好的谢谢 改天再来耍"),
    ("draw an old man with a white beard", "Thank you very much, he will be happy."),
    ("draw a cat", "my son is gonna love this"),
    ("画一个小女孩", "真好看 我孙女肯定喜欢"),
    ("draw a red double decker bus on a city street", "haha nice thats basically my route 12 bus on a monday"),
    ("draw two horses", "good. that's basically the opening lol"),
    ("draw a red boat", "fine work matey, thank ye kindly"),
    ("draw a red boat", "grand job so"),
    ("draw a red boat", "obrigado!! perfect"),
    ("draw a clock", "Out of curiosity, which sampler does this thing use?"),
    ("draw a book", "Also, does the app remember my previous pictures?"),
    ("画一条红色的鱼", "你这个是用么子模型画的啊"),
    ("画一只白兔子", "这个app免费的吗？有没有daily limit"),
    ("draw a woman portrait", "perfect 这张我要拿来当头像 thx"),
])
def test_talk_leaves_the_picture(first, said):
    before = talk(first)
    d = talk(first, said)
    assert d.action.value == "chat", d.reply
    assert names(d) == names(before) and not d.scene.notes
    assert [s.attributes for s in d.scene.subjects] == [s.attributes for s in before.scene.subjects]


@pytest.mark.parametrize("first, said", [
    ("draw a book and a small lamp",
     "Could you make the lamp light a bit warmer... no, never mind, it's lovely as it is. Thanks."),
    ("draw a cat", "make the cat red, no never mind, leave it"),
    ("draw a cat", "make the cat red, never mind, just leave it"),
    ("画一只猫", "把猫变成红色 算了 不用了"),
])
def test_a_request_taken_back(first, said):
    before = talk(first)
    d = talk(first, said)
    assert d.action.value == "chat", d.reply
    assert d.scene.subjects == before.scene.subjects and not d.scene.notes and d.scene.look == before.scene.look


def test_what_follows_is_read():
    d = talk("draw a cat", "make it red... never mind. make it blue")
    assert d.scene.subjects[0].attributes["colour"] == "blue"
    assert after_taken_back("算了，还是画一只狗吧") is None  # said first: nothing before it to take back
    assert after_taken_back("remove the hat, never mind the scarf") is None  # names what to leave alone
    assert talk("draw a cat", "make him happy").scene.subjects[0].attributes  # guard: a mood asked for is set
