"""Table-driven multi-turn conversations, English and Chinese: after every turn the accumulated Scene renders to
exactly the prompt in the table (every attribute said so far, nothing removed), through the ChatEngine the app
runs, with the RuleEnhancer and the tests' tiny pipeline. "<undo>" / "<redo>" are the engine's undo and redo."""

from __future__ import annotations

import pytest

from chat.engine import ChatEngine
from chat.state import TurnSettings
from dialog.prompt import render_prompt
from generator.generator import Generator
from prompt_enhancer.rules import RuleEnhancer

# The pictures are not what these tables check: one step at the smallest size the pipeline draws keeps them fast.
FAST = TurnSettings(width=16, height=16, steps=1, preview_every=0)

ENGLISH = {
    'cat_story': [
        ('draw a cat', 'a cat'),
        ('make it orange', 'an orange cat'),
        ('add a red ball on the left', 'an orange cat and a red ball at the left'),
        ('remove the ball', 'an orange cat'),
        ('make the background a beach', 'an orange cat on a beach'),
        ('<undo>', 'an orange cat'),
        ('<undo>', 'an orange cat and a red ball at the left'),
        ('<redo>', 'an orange cat'),
    ],
    'toy_two': [
        ('draw a big red circle at the top left', 'a big red circle at the top left'),
        ('add a small blue square at the bottom right',
         'a big red circle at the top left and a small blue square at the bottom right'),
        ('change the background to gray',
         'a big red circle at the top left and a small blue square at the bottom right on a gray background'),
        ('make the square green',
         'a big red circle at the top left and a small green square at the bottom right on a gray background'),
        ('move the circle to the center',
         'a big red circle at the center and a small green square at the bottom right on a gray background'),
        ('smaller',
         'a small red circle at the center and a small green square at the bottom right on a gray background'),
    ],
    'pronoun_chain': [
        ('draw a red circle', 'a red circle'),
        ('make it blue', 'a blue circle'),
        ('make it bigger', 'a big blue circle'),
        ('move it to the top', 'a big blue circle at the top'),
        ('make it a triangle', 'a big blue triangle at the top'),
    ],
    'by_name': [
        ('draw a yellow triangle and a purple circle', 'a yellow triangle and a purple circle'),
        ('make the triangle pink', 'a pink triangle and a purple circle'),
        ('make the circle brown', 'a pink triangle and a brown circle'),
        ('remove the triangle', 'a brown circle'),
        ('add a square at the right', 'a brown circle and a square at the right'),
    ],
    'the_name': [
        ('draw a dog', 'a dog'),
        ('add a tree on the right', 'a dog and a tree at the right'),
        ('make the dog brown', 'a brown dog and a tree at the right'),
        ('make the tree green', 'a brown dog and a green tree at the right'),
        ('move the dog to the left', 'a brown dog at the left and a green tree at the right'),
    ],
    'style': [
        ('draw a house', 'a house'),
        ('in watercolor style', 'a house, in watercolor style'),
        ('change the style to pixel art', 'a house, in pixel art style'),
        ('remove the style', 'a house'),
        ('in the style of Van Gogh', 'a house, in the style of Van Gogh'),
    ],
    'background': [
        ('draw a red square', 'a red square'),
        ('gray background', 'a red square on a gray background'),
        ('change the background to sky blue', 'a red square on a sky blue background'),
        ('make the background beige', 'a red square on a beige background'),
        ('remove the background', 'a red square'),
        ('make the background a forest', 'a red square in a forest'),
    ],
    'notes': [
        ('draw a boat', 'a boat'),
        ('with stormy waves', 'a boat, with stormy waves'),
        ('make it red', 'a red boat, with stormy waves'),
        ('remove the waves', 'a red boat'),
    ],
    'avoid': [
        ('draw a cat', 'a cat'),
        ('no text', 'a cat'),
        ('without watermarks', 'a cat'),
        ('make it black', 'a black cat'),
    ],
    'material': [
        ('draw a horse', 'a horse'),
        ('make it wooden', 'a wooden horse'),
        ('make it out of glass', 'a glass horse'),
        ('make it gold', 'a gold glass horse'),
    ],
    'bigger_smaller': [
        ('draw a small green circle', 'a small green circle'),
        ('bigger', 'a big green circle'),
        ('bigger', 'a big green circle'),
        ('smaller', 'a small green circle'),
        ('make it smaller', 'a small green circle'),
    ],
    'move_directions': [
        ('draw a blue square in the center', 'a blue square at the center'),
        ('move it up', 'a blue square at the top'),
        ('move it left', 'a blue square at the top left'),
        ('move it down', 'a blue square at the bottom left'),  # a way said alone goes to that edge
        ('move it right', 'a blue square at the bottom right'),
    ],
    'multi_clause': [
        ('draw a red circle, then make it blue and add a yellow square on the right',
         'a blue circle and a yellow square at the right'),
        ('make the square big, and move the circle to the left',
         'a blue circle at the left and a big yellow square at the right'),
    ],
    'draw_new': [
        ('draw a cat', 'a cat'),
        ('make it white', 'a white cat'),
        ('draw a dog', 'a dog'),
        ('add a ball too', 'a dog and a ball'),
    ],
    'them': [
        ('draw a red circle and a blue square', 'a red circle and a blue square'),
        ('make them green', 'a green circle and a green square'),
        ('make everything small', 'a small green circle and a small green square'),
    ],
    'chat': [
        ('hello', ''),
        ('draw a circle', 'a circle'),
        ('thanks', 'a circle'),
        ('what is in the picture?', 'a circle'),
    ],
    'two_circles': [
        ('draw two red circles', 'two red circles'),
        ('make the circles blue', 'two blue circles'),
        ('remove the circles', ''),
    ],
    'relative': [
        ('draw a cat', 'a cat'),
        ('add a dog next to it', 'a cat and a dog next to the cat'),
        ('add a bird above the dog', 'a cat, a dog next to the cat and a bird above the dog'),
    ],
    'empty_edit': [
        ('make it blue', ''),
        ('bigger', ''),
        ('draw an orange square', 'an orange square'),
        ('remove it', ''),
        ('add a circle', 'a circle'),
    ],
    'mixed_en': [
        ('draw a 红色 circle', 'a red circle'),
        ('make it 蓝色', 'a blue circle'),
        ('add a 猫 on the left', 'a blue circle and a cat at the left'),
        ('remove the 猫', 'a blue circle'),
    ],
    'shape_synonyms': [
        ('draw a dot', 'a circle'),
        ('make it grey', 'a gray circle'),
        ('add a square at the upper left', 'a gray circle and a square at the top left'),  # (a box is a box)
        ('move the square to the lower right corner', 'a gray circle and a square at the bottom right'),
    ],
    'colors_shades': [
        ('draw a dark blue car', 'a dark blue car'),
        ('make it light green', 'a light green car'),
        ('add a sky blue ball at the bottom', 'a light green car and a sky blue ball at the bottom'),
    ],
    'fox_in_the_snow': [
        ('draw a red fox in the snow', 'a red fox in the snow'),
        ('make it night', 'a red fox in the snow at night'),
        ('add a lantern on the left', 'a red fox and a lantern at the left, in the snow at night'),
        ('make it day again', 'a red fox and a lantern at the left, in the snow during the day'),
        ('move it to the beach', 'a red fox and a lantern at the left, on the beach during the day'),
        ('<undo>', 'a red fox and a lantern at the left, in the snow during the day'),
    ],
    'setting_phrasings': [
        ('draw a cat on the beach at sunset', 'a cat on the beach at sunset'),
        ("it's night now", 'a cat on the beach at night'),
        ('make it rainy', 'a cat on the beach in the rain at night'),
        ('make it black', 'a black cat on the beach in the rain at night'),
        ('no rain', 'a black cat on the beach at night'),
        ('put it in a forest', 'a black cat in a forest at night'),
        ('make it nighttime', 'a black cat in a forest at night'),
    ],
    'settings_and_backgrounds': [
        ('draw a big red circle at the top left', 'a big red circle at the top left'),
        ('change the background to gray', 'a big red circle at the top left on a gray background'),
        ('make it winter', 'a big red circle at the top left on a gray background, in winter'),
        ('make it blue', 'a big blue circle at the top left on a gray background, in winter'),
        ('set the scene underwater', 'a big blue circle at the top left, underwater in winter'),
        ('make the background white', 'a big blue circle at the top left on a white background, in winter'),
    ],
    'a_new_drawing_leaves_the_setting': [
        ('draw a dog in space', 'a dog in space'),
        ('at dawn', 'a dog in space at dawn'),
        ('make the dog brown and add a star at the top', 'a brown dog and a star at the top, in space at dawn'),
        ('draw a boat', 'a boat'),
    ],
}

CHINESE = {
    '猫的故事': [
        ('画一只猫', '有一只猫'),
        ('把它变成橙色', '有一只橙色猫'),
        ('在左边加一个红色的球', '有一只橙色猫，左边有一个红色球'),
        ('去掉球', '有一只橙色猫'),
        ('背景换成海滩', '海滩上，有一只橙色猫'),
        ('<undo>', '有一只橙色猫'),
        ('<undo>', '有一只橙色猫，左边有一个红色球'),
        ('<redo>', '有一只橙色猫'),
    ],
    '玩具两个': [
        ('在左上角画一个大的红色圆形', '左上角有一个大的红色圆形'),
        ('在右下角加一个小的蓝色正方形', '左上角有一个大的红色圆形，右下角有一个小的蓝色正方形'),
        ('背景换成灰色', '灰色背景上，左上角有一个大的红色圆形，右下角有一个小的蓝色正方形'),
        ('把正方形变成绿色', '灰色背景上，左上角有一个大的红色圆形，右下角有一个小的绿色正方形'),
        ('把圆形移到中间', '灰色背景上，中间有一个大的红色圆形，右下角有一个小的绿色正方形'),
        ('小一点', '灰色背景上，中间有一个小的红色圆形，右下角有一个小的绿色正方形'),
    ],
    '代词': [
        ('画一个红色圆形', '有一个红色圆形'),
        ('把它变成蓝色', '有一个蓝色圆形'),
        ('变大一点', '有一个大的蓝色圆形'),
        ('把它移到上方', '上方有一个大的蓝色圆形'),
        ('把它变成三角形', '上方有一个大的蓝色三角形'),
    ],
    '名字': [
        ('画一个黄色三角形和一个紫色圆形', '有一个黄色三角形，有一个紫色圆形'),
        ('把三角形变成粉色', '有一个粉色三角形，有一个紫色圆形'),
        ('把圆形改成棕色', '有一个粉色三角形，有一个棕色圆形'),
        ('去掉三角形', '有一个棕色圆形'),
        ('在右边加一个正方形', '有一个棕色圆形，右边有一个正方形'),
    ],
    '风格': [
        ('画一座房子', '有一座房子'),
        ('水彩风格', '有一座房子，水彩风格'),
        ('风格换成像素', '有一座房子，像素风格'),
        ('去掉风格', '有一座房子'),
        ('梵高风格', '有一座房子，梵高风格'),
    ],
    '背景': [
        ('画一个红色正方形', '有一个红色正方形'),
        ('灰色背景', '灰色背景上，有一个红色正方形'),
        ('把背景换成天蓝色', '天蓝色背景上，有一个红色正方形'),
        ('背景改成米色', '米色背景上，有一个红色正方形'),
        ('去掉背景', '有一个红色正方形'),
        ('背景换成森林', '森林里，有一个红色正方形'),
    ],
    '备注': [
        ('画一艘船', '有一艘船'),
        ('海浪很大', '有一艘船，海浪很大'),
        ('把它变成红色', '有一艘红色船，海浪很大'),
    ],
    '不要': [
        ('画一只猫', '有一只猫'),
        ('不要文字', '有一只猫'),
        ('把它变成黑色', '有一只黑色猫'),
    ],
    '材质': [
        ('画一匹马', '有一匹马'),
        ('把它变成木头的', '有一匹木头马'),
        ('把它变成玻璃做的', '有一匹玻璃马'),
    ],
    '大小': [
        ('画一个小的绿色圆形', '有一个小的绿色圆形'),
        ('大一点', '有一个大的绿色圆形'),
        ('变小', '有一个小的绿色圆形'),
        ('再小一点', '有一个小的绿色圆形'),
        ('放大', '有一个大的绿色圆形'),
    ],
    '方向': [
        ('在中间画一个蓝色正方形', '中间有一个蓝色正方形'),
        ('把它往上移', '上方有一个蓝色正方形'),
        ('往左移', '左上角有一个蓝色正方形'),
        ('往下移一点', '左边有一个蓝色正方形'),  # a little: one step
        ('向右移', '右边有一个蓝色正方形'),  # a way said alone: to that edge
    ],
    '多句': [
        ('画一个红色圆形，然后把它变成蓝色，再在右边加一个黄色正方形', '有一个蓝色圆形，右边有一个黄色正方形'),
    ],
    '重画': [
        ('画一只猫', '有一只猫'),
        ('把它变成白色', '有一只白色猫'),
        ('画一只狗', '有一只狗'),
        ('再画一个球', '有一只狗，有一个球'),
    ],
    '全部': [
        ('画一个红色圆形和一个蓝色正方形', '有一个红色圆形，有一个蓝色正方形'),
        ('把它们都变成绿色', '有一个绿色圆形，有一个绿色正方形'),
        ('把所有的都变小', '有一个小的绿色圆形，有一个小的绿色正方形'),
    ],
    '聊天': [
        ('你好', ''),
        ('画一个圆形', '有一个圆形'),
        ('谢谢', '有一个圆形'),
        ('画面里有什么', '有一个圆形'),
    ],
    '两个': [
        ('画两个红色圆形', '有两个红色圆形'),
        ('把圆形变成蓝色', '有两个红色圆形'),  # which one, or both? asked, as a removal is
        ('两个都要', '有两个蓝色圆形'),
        ('删掉圆形', ''),  # alike again: both go, as 删掉圆形 right after 画两个红色圆形 removes both
    ],
    '相对': [
        ('画一只猫', '有一只猫'),
        ('在猫旁边加一只狗', '有一只猫，猫旁边有一只狗'),
    ],
    '空的': [
        ('把它变成蓝色', ''),
        ('大一点', ''),
        ('画一个橙色正方形', '有一个橙色正方形'),
        ('删除它', ''),
        ('加一个圆形', '有一个圆形'),
    ],
    '混合': [
        ('画一个 red circle', 'a red circle'),
        ('把它变成 blue', 'a blue circle'),
        ('在左边加一个 cat', '有一个蓝色圆形，左边有一只猫'),
        ('去掉 cat', 'a blue circle'),
    ],
    '同义词': [
        ('画一个圆', '有一个圆形'),
        ('把它变成灰色的', '有一个灰色圆形'),
        ('在左上加一个方块', '有一个灰色圆形，左上角有一个正方形'),
        ('把方块移到右下', '有一个灰色圆形，右下角有一个正方形'),
    ],
    '深浅': [
        ('画一辆深蓝色的汽车', '有一辆深蓝色汽车'),
        ('把它变成浅绿色', '有一辆浅绿色汽车'),
        ('在下方加一个天蓝色的球', '有一辆浅绿色汽车，下方有一个天蓝色球'),
    ],
    '标题': [
        ('灰色背景上，左上角有一个大的红色圆形，右下角有一个小的蓝色正方形',
         '灰色背景上，左上角有一个大的红色圆形，右下角有一个小的蓝色正方形'),
        ('把圆形变成黄色', '灰色背景上，左上角有一个大的黄色圆形，右下角有一个小的蓝色正方形'),
        ('去掉正方形', '灰色背景上，左上角有一个大的黄色圆形'),
    ],
    '玩具全套': [
        ('米色背景上，上方有一个小的棕色三角形', '米色背景上，上方有一个小的棕色三角形'),
        ('在下方加一个大的橙色圆形', '米色背景上，上方有一个小的棕色三角形，下方有一个大的橙色圆形'),
        ('把三角形变成黄色', '米色背景上，上方有一个小的黄色三角形，下方有一个大的橙色圆形'),
        ('把圆形移到右下角', '米色背景上，上方有一个小的黄色三角形，右下角有一个大的橙色圆形'),
        ('背景换成黑色', '黑色背景上，上方有一个小的黄色三角形，右下角有一个大的橙色圆形'),
        ('<undo>', '米色背景上，上方有一个小的黄色三角形，右下角有一个大的橙色圆形'),
        ('去掉三角形', '米色背景上，右下角有一个大的橙色圆形'),
        ('<undo>', '米色背景上，上方有一个小的黄色三角形，右下角有一个大的橙色圆形'),
        ('<redo>', '米色背景上，右下角有一个大的橙色圆形'),
    ],
    '备注和避免': [
        ('画一只兔子', '有一只兔子'),
        ('要有阳光的感觉', '有一只兔子，要有阳光的感觉'),
        ('不要文字和水印', '有一只兔子，要有阳光的感觉'),
        ('去掉阳光', '有一只兔子'),
        ('把兔子变成白色的', '有一只白色兔子'),
        ('像素风格', '有一只白色兔子，像素风格'),
    ],
    '雪地里的狐狸': [
        ('画一只在雪地里的红色狐狸', '雪地里，有一只红色狐狸'),
        ('变成晚上', '夜晚的雪地里，有一只红色狐狸'),
        ('在左边加一个灯笼', '夜晚的雪地里，有一只红色狐狸，左边有一盏灯笼'),
        ('变成白天', '白天的雪地里，有一只红色狐狸，左边有一盏灯笼'),
        ('换到海滩上', '白天的海滩上，有一只红色狐狸，左边有一盏灯笼'),
        ('<undo>', '白天的雪地里，有一只红色狐狸，左边有一盏灯笼'),
    ],
    '逗号后的地点': [
        ('画一只红色狐狸，在雪地里', '雪地里，有一只红色狐狸'),
        ('把它变成夜晚', '夜晚的雪地里，有一只红色狐狸'),
        ('把它变成蓝色', '夜晚的雪地里，有一只蓝色狐狸'),
        ('现在是日落时', '日落时的雪地里，有一只蓝色狐狸'),
        ('换到森林里', '日落时的森林里，有一只蓝色狐狸'),
    ],
    '天气和季节': [
        ('在花园里画一只猫', '花园里，有一只猫'),
        ('下雨', '雨中的花园里，有一只猫'),
        ('变成冬天', '冬天雨中的花园里，有一只猫'),
        ('去掉雨', '冬天的花园里，有一只猫'),
        ('背景换成灰色', '冬天，灰色背景上，有一只猫'),
    ],
    '玩具世界加时间': [
        ('在左上角画一个大的红色圆形', '左上角有一个大的红色圆形'),
        ('背景换成灰色', '灰色背景上，左上角有一个大的红色圆形'),
        ('变成晚上', '夜晚，灰色背景上，左上角有一个大的红色圆形'),
        ('变成白天', '白天，灰色背景上，左上角有一个大的红色圆形'),
        ('画一个蓝色正方形', '有一个蓝色正方形'),
    ],
}


@pytest.fixture(scope="module")
def generator(tiny_pipeline_dir):  # noqa: ANN001, ANN201
    return Generator.load(str(tiny_pipeline_dir))


@pytest.fixture
def engine(generator, tmp_path) -> ChatEngine:  # noqa: ANN001
    return ChatEngine(generator, RuleEnhancer(), root=tmp_path)


def _run(engine: ChatEngine, steps: list[tuple[str, str]]) -> None:
    state = engine.new_state()
    for i, (message, expected) in enumerate(steps):
        if message == "<undo>":
            result = engine.undo(state)
        elif message == "<redo>":
            result = engine.redo(state)
        else:
            result = engine.send(state, message, None, FAST)
        assert result.ok, f"turn {i + 1}: {message!r}: {result.message}"
        assert render_prompt(state.session.current_scene) == expected, f"after turn {i + 1}: {message!r}"


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_english_conversation(engine: ChatEngine, name: str) -> None:
    _run(engine, ENGLISH[name])


@pytest.mark.parametrize("name", sorted(CHINESE))
def test_chinese_conversation(engine: ChatEngine, name: str) -> None:
    _run(engine, CHINESE[name])


def test_the_table_is_big_enough() -> None:
    assert len(ENGLISH) + len(CHINESE) >= 40 and len(CHINESE) >= len(ENGLISH)
