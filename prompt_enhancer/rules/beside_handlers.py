"""The beside rule: "a white kitten 旁边有个粉红色的圆圈", "一只兔子在中间，旁边一根胡萝卜": a thing, and another
beside (behind, in front of) it; the first is drawn too when the picture has none yet.
"""

from __future__ import annotations

import re

from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import PRONOUNS_ALL, PRONOUNS_ONE, clean_rest, parse_phrase, parse_position
from prompt_enhancer.rules.picture_changes import start_new_scene
from prompt_enhancer.rules.references import resolve
from prompt_enhancer.rules.subject_changes import add_subjects


# "a white kitten 旁边有个粉红色的圆圈", "白猫旁边画一个粉色的圆", "…，旁边是一个粉色的圆": a thing, and another beside
# (behind, in front of) it. Sides of the picture (左边, 上面) are positions, read by the add rule.
# "…旁边插着一面旗子", "旁边一根胡萝卜": any verb with 着, or none before a count, says the same.
_BESIDE_ZH = re.compile(r"^(?:在)?(?P<anchor>[^在往把将，,]{0,30}?)的?(?P<loc>旁边|边上|身边|旁|后面|前面|对面)"
                        r"(?:(?:还|再|也)?(?:有|是|画|放|加|[\u4e00-\u9fff]着)(?:着|了)?"
                        r"|(?=[一两二三四五几\d]\s*[个只条棵朵辆艘匹座张块颗位盏根面把本支顶件]))(?P<np>.+)$")


_DRAW_VERB = re.compile(r"^(?:请|帮我|麻烦)?(?:画|来|生成)(?=\s*[一两几个只棵朵辆]|\s+[A-Za-z])")


def beside_clause(work: MessageEdit, body: str) -> bool:
    """"a white kitten 旁边有个粉红色的圆圈": the thing before the locative is drawn too when the picture has no such
    thing yet; the thing after it is added beside (behind...) it."""
    m = _BESIDE_ZH.match(body)
    if not m:
        return False
    anchor_said, np = m.group("anchor").strip(), m.group("np").strip()
    # "画一个 Christmas tree 旁边有一个 snowman": the verb draws the first thing, it is no word of it
    anchor_said = _DRAW_VERB.sub("", anchor_said).strip()
    thing = parse_phrase(np, global_parts=False)
    if not (thing.shape or clean_rest(thing.rest) or thing.material):  # 一块大石头: a stone, named by what it is
        return False
    pronoun = anchor_said.lower() in PRONOUNS_ONE | PRONOUNS_ALL
    if anchor_said and not pronoun:
        if parse_position(anchor_said)[0]:
            return False  # "左上角旁边…": a place of the picture
        said = parse_phrase(anchor_said, global_parts=False)
        anchors = None if said.indefinite else resolve(work, anchor_said)
        if anchors and len(anchors) == 1:
            work.scene.focus = anchors[0].id
        elif anchors:
            return False
        else:
            if not (said.shape or clean_rest(said.rest)):
                return False
            new = work.started_empty or work.new_scene
            if new:
                start_new_scene(work)
            if not add_subjects(work, anchor_said, announce="drew" if new else "added"):
                return False
    if work.focus() is None:
        return False
    if work.language == "en":  # said in the language of the rest of the message, so the prompt reads in one
        return add_subjects(work, f"{np} {_BESIDE_EN.get(m.group('loc'), 'next to')} it", announce="added")
    if "在" in np:  # "旁边有一只狗在睡觉": what it does there is said with the thing
        return add_subjects(work, f"在它{m.group('loc')} {np}", announce="added")
    return add_subjects(work, f"{np}在它{m.group('loc')}", announce="added")  # 一杯咖啡: said whole, with its cup


_BESIDE_EN = {"后面": "behind", "前面": "in front of", "对面": "across from"}
