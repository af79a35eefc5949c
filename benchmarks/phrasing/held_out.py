"""Held-out conversations for the rule enhancer's free-phrasing benchmark (written blind to the rules)."""

CONVERSATIONS = [
    # ---- 1. parts and attachments ------------------------------------------------------------
    {
        "name": "umbrella_part",
        "turns": [
            (
                "can you draw a girl holding an umbrella",
                {"action": "draw", "subjects": [{"name": "girl", "parts": {"umbrella": {}}}], "count": 1},
            ),
            (
                "make the umbrella red pls",
                {
                    "action": "edit",
                    "subjects": [{"name": "girl", "parts": {"umbrella": {"colour": "red"}}}],
                    "count": 1,
                    "absent": ["umbrella"],
                    "not_attributes": {"girl": {"colour": "red"}},
                },
            ),
            (
                "nice!! now add some dramatic lighting 🙏",
                {
                    "action": "edit",
                    "subjects": [{"name": "girl", "parts": {"umbrella": {"colour": "red"}}}],
                    "count": 1,
                    "picture": ["dramatic lighting"],
                    "absent": ["lighting", "dramatic lighting"],
                },
            ),
        ],
    },
    {
        "name": "cat_sofa_remove",
        "turns": [
            ("a cat sittin on a sofa", {"action": "draw", "subjects": [{"name": "cat"}, {"name": "sofa"}], "count": 2}),
            (
                "hmm get rid of the sofa pls, just keep the cat",
                {"action": "edit", "subjects": [{"name": "cat"}], "count": 1, "absent": ["sofa"]},
            ),
        ],
    },
    {
        "name": "sakura_girl_zh",
        "turns": [
            (
                "一个女孩站在樱花树下",
                {"action": "draw", "subjects": [{"name": "女孩"}, {"name": "樱花树"}], "count": 2},
            ),
            ("去掉樱花树", {"action": "edit", "subjects": [{"name": "女孩"}], "count": 1, "absent": ["樱花树"]}),
            (
                "给她围一条白色的围巾",
                {
                    "action": "edit",
                    "subjects": [{"name": "女孩", "parts": {"围巾": {"colour": "white"}}}],
                    "count": 1,
                    "absent": ["围巾", "她"],
                    "not_attributes": {"女孩": {"colour": "white"}},
                },
            ),
        ],
    },
    {
        "name": "snowman_scarf",
        "turns": [
            (
                "a snowman wearing a red scarf next to a little tree ☃️",
                {
                    "action": "draw",
                    "subjects": [
                        {"name": "snowman", "parts": {"scarf": {"colour": "red"}}},
                        {"name": "tree", "size": "small"},
                    ],
                    "count": 2,
                    "not_attributes": {"snowman": {"colour": "red"}},
                },
            ),
            (
                "lose the tree",
                {
                    "action": "edit",
                    "subjects": [{"name": "snowman", "parts": {"scarf": {"colour": "red"}}}],
                    "count": 1,
                    "absent": ["tree"],
                },
            ),
            (
                "make the scarf green",
                {
                    "action": "edit",
                    "subjects": [{"name": "snowman", "parts": {"scarf": {"colour": "green"}}}],
                    "count": 1,
                    "absent": ["scarf", "tree"],
                    "not_attributes": {"snowman": {"colour": "green"}},
                },
            ),
        ],
    },
    {
        "name": "lantern_on_tree_zh",
        "turns": [
            ("画一盏灯笼挂在树上", {"action": "draw", "subjects": [{"name": "灯笼"}, {"name": "树"}], "count": 2}),
            (
                "把它涂成红色",
                {
                    "action": "edit",
                    "subjects": [{"name": "灯笼", "colour": "red"}, {"name": "树"}],
                    "count": 2,
                    "not_attributes": {"树": {"colour": "red"}},
                },
            ),
            (
                "改成晚上吧",
                {
                    "action": "edit",
                    "subjects": [{"name": "灯笼", "colour": "red"}, {"name": "树"}],
                    "count": 2,
                    "time": "night",
                    "absent": ["晚上"],
                },
            ),
        ],
    },
    # ---- 2. pronouns -------------------------------------------------------------------------
    {
        "name": "fisherman_beard",
        "turns": [
            ("portrait of an old fisherman", {"action": "draw", "subjects": [{"name": "fisherman"}], "count": 1}),
            (
                "give him a beard",
                {
                    "action": "edit",
                    "subjects": [{"name": "fisherman", "parts": {"beard": {}}}],
                    "count": 1,
                    "absent": ["beard", "him"],
                },
            ),
            (
                "make the beard white and put him in a yellow raincoat, like a proper sea guy",
                {
                    "action": "edit",
                    "subjects": [
                        {"name": "fisherman", "parts": {"beard": {"colour": "white"}, "raincoat": {"colour": "yellow"}}}
                    ],
                    "count": 1,
                    "absent": ["beard", "raincoat"],
                    "not_attributes": {"fisherman": {"colour": "yellow"}},
                },
            ),
            (
                "moody, black and white",
                {
                    "action": "edit",
                    "subjects": [{"name": "fisherman", "parts": {"beard": {}}}],
                    "count": 1,
                    "picture": ["moody", "black and white"],
                    "absent": ["moody"],
                    "not_attributes": {"fisherman": {"colour": "black"}},
                },
            ),
        ],
    },
    {
        "name": "fox_it_forest",
        "turns": [
            (
                "a small fox in a forest",
                {
                    "action": "draw",
                    "subjects": [{"name": "fox", "size": "small"}],
                    "count": 1,
                    "background": "forest",
                    "absent": ["forest"],
                },
            ),
            (
                "make it white, like an arctic fox ❄️",
                {
                    "action": "edit",
                    "subjects": [{"name": "fox", "colour": "white", "size": "small"}],
                    "count": 1,
                    "background": "forest",
                },
            ),
            (
                "put it bottom left pls",
                {
                    "action": "edit",
                    "subjects": [{"name": "fox", "colour": "white", "size": "small", "position": "bottom left"}],
                    "count": 1,
                    "background": "forest",
                },
            ),
        ],
    },
    {
        "name": "kids_them_hats",
        "turns": [
            (
                "a boy and a girl on a beach",
                {
                    "action": "draw",
                    "subjects": [{"name": "boy"}, {"name": "girl"}],
                    "count": 2,
                    "background": "beach",
                    "absent": ["beach"],
                },
            ),
            (
                "give them both red hats :)",
                {
                    "action": "edit",
                    "subjects": [
                        {"name": "boy", "parts": {"hat": {"colour": "red"}}},
                        {"name": "girl", "parts": {"hat": {"colour": "red"}}},
                    ],
                    "count": 2,
                    "background": "beach",
                    "absent": ["hat", "hats", "them"],
                    "not_attributes": {"boy": {"colour": "red"}, "girl": {"colour": "red"}},
                },
            ),
        ],
    },
    {
        "name": "grandpa_bench_zh",
        "turns": [
            (
                "画一个老爷爷坐在长椅上",
                {"action": "draw", "subjects": [{"name": "老爷爷"}, {"name": "长椅"}], "count": 2},
            ),
            (
                "给他戴一顶帽子",
                {
                    "action": "edit",
                    "subjects": [{"name": "老爷爷", "parts": {"帽子": {}}}, {"name": "长椅"}],
                    "count": 2,
                    "absent": ["帽子", "他"],
                },
            ),
            (
                "帽子改成蓝色的吧",
                {
                    "action": "edit",
                    "subjects": [{"name": "老爷爷", "parts": {"帽子": {"colour": "blue"}}}, {"name": "长椅"}],
                    "count": 2,
                    "absent": ["帽子"],
                    "not_attributes": {"老爷爷": {"colour": "blue"}, "长椅": {"colour": "blue"}},
                },
            ),
            (
                "逆光",
                {
                    "action": "edit",
                    "subjects": [{"name": "老爷爷", "parts": {"帽子": {"colour": "blue"}}}, {"name": "长椅"}],
                    "count": 2,
                    "picture": ["逆光"],
                    "absent": ["逆光"],
                },
            ),
        ],
    },
    # ---- 3. picture-wide modifiers ------------------------------------------------------------
    {
        "name": "castle_cinematic",
        "turns": [
            (
                "draw an old stone castle",
                {"action": "draw", "subjects": [{"name": "castle", "attributes": {"material": "stone"}}], "count": 1},
            ),
            (
                "cinematic, from a low angle",
                {
                    "action": "edit",
                    "subjects": [{"name": "castle"}],
                    "count": 1,
                    "picture": ["cinematic", "low angle"],
                    "absent": ["angle", "cinematic", "low angle"],
                },
            ),
            (
                "can u make it black and white",
                {
                    "action": "edit",
                    "subjects": [{"name": "castle"}],
                    "count": 1,
                    "picture": ["black and white"],
                    "absent": ["black and white"],
                    "not_attributes": {"castle": {"colour": "white"}},
                },
            ),
        ],
    },
    {
        "name": "orange_cat_bw_zh",
        "turns": [
            ("画一只橘色的猫", {"action": "draw", "subjects": [{"name": "猫", "colour": "orange"}], "count": 1}),
            (
                "黑白照片",
                {
                    "action": "edit",
                    "subjects": [{"name": "猫"}],
                    "count": 1,
                    "picture": ["黑白照片"],
                    "absent": ["照片", "黑白照片"],
                    "not_attributes": {"猫": {"colour": "black"}},
                },
            ),
        ],
    },
    # ---- 4. trailing background / 5. changing what "it" is ------------------------------------
    {
        "name": "blue_circle_on_white",
        "turns": [
            (
                "a big blue circle in the middle, on white",
                {
                    "action": "draw",
                    "subjects": [{"name": "circle", "colour": "blue", "size": "big", "position": "center"}],
                    "count": 1,
                    "background": "white",
                    "not_attributes": {"circle": {"colour": "white"}},
                },
            ),
            (
                "actually make it a square",
                {
                    "action": "edit",
                    "subjects": [
                        {"name": "square", "shape": "square", "colour": "blue", "size": "big", "position": "center"}
                    ],
                    "count": 1,
                    "background": "white",
                    "absent": ["circle"],
                },
            ),
        ],
    },
    {
        "name": "pink_triangle_on_black",
        "turns": [
            (
                "a tiny pink triangle at the bottom on black",
                {
                    "action": "draw",
                    "subjects": [{"name": "triangle", "colour": "pink", "size": "small", "position": "bottom"}],
                    "count": 1,
                    "background": "black",
                    "not_attributes": {"triangle": {"colour": "black"}},
                },
            ),
            (
                "move it up a bit",
                {
                    "action": "edit",
                    "subjects": [{"name": "triangle", "colour": "pink", "size": "small", "position": "center"}],
                    "count": 1,
                    "background": "black",
                },
            ),
            (
                "add a yellow circle top right",
                {
                    "action": "edit",
                    "subjects": [
                        {"name": "triangle", "colour": "pink", "size": "small", "position": "center"},
                        {"name": "circle", "colour": "yellow", "position": "top right"},
                    ],
                    "count": 2,
                    "background": "black",
                },
            ),
            (
                "make the pink one big",
                {
                    "action": "edit",
                    "subjects": [
                        {"name": "triangle", "colour": "pink", "size": "big", "position": "center"},
                        {"name": "circle", "colour": "yellow", "position": "top right"},
                    ],
                    "count": 2,
                    "background": "black",
                    "not_attributes": {"circle": {"size": "big"}},
                },
            ),
        ],
    },
    {
        "name": "red_square_white_bg_zh",
        "turns": [
            (
                "一个红色正方形在中间，白底",
                {
                    "action": "draw",
                    "subjects": [{"name": "正方形", "colour": "red", "position": "center"}],
                    "count": 1,
                    "background": "white",
                    "not_attributes": {"正方形": {"colour": "white"}},
                },
            ),
            (
                "改成三角形吧",
                {
                    "action": "edit",
                    "subjects": [{"name": "三角形", "shape": "triangle", "colour": "red", "position": "center"}],
                    "count": 1,
                    "background": "white",
                    "absent": ["正方形"],
                },
            ),
            (
                "往左挪一点",
                {
                    "action": "edit",
                    "subjects": [{"name": "三角形", "colour": "red", "position": "left"}],
                    "count": 1,
                    "background": "white",
                },
            ),
            (
                "背景换成天蓝色，谢谢",
                {
                    "action": "edit",
                    "subjects": [{"name": "三角形", "colour": "red", "position": "left"}],
                    "count": 1,
                    "background": "sky blue",
                    "not_attributes": {"三角形": {"colour": "blue"}},
                },
            ),
        ],
    },
    {
        "name": "purple_shape_changes",
        "turns": [
            (
                "a purple triangle bottom right on beige",
                {
                    "action": "draw",
                    "subjects": [{"name": "triangle", "colour": "purple", "position": "bottom right"}],
                    "count": 1,
                    "background": "beige",
                },
            ),
            (
                "actually make it a circle",
                {
                    "action": "edit",
                    "subjects": [{"name": "circle", "shape": "circle", "colour": "purple", "position": "bottom right"}],
                    "count": 1,
                    "background": "beige",
                    "absent": ["triangle"],
                },
            ),
            (
                "hmm no, a square. square is better",
                {
                    "action": "edit",
                    "subjects": [{"name": "square", "shape": "square", "colour": "purple", "position": "bottom right"}],
                    "count": 1,
                    "background": "beige",
                    "absent": ["triangle", "circle"],
                },
            ),
        ],
    },
    {
        "name": "cat_becomes_fox_mixed",
        "turns": [
            (
                "draw a cat on a rooftop, 晚上",
                {"action": "draw", "subjects": [{"name": "cat"}], "count": 1, "background": "rooftop", "time": "night"},
            ),
            (
                "算了 make it a fox instead",
                {
                    "action": "edit",
                    "subjects": [{"name": "fox"}],
                    "count": 1,
                    "background": "rooftop",
                    "time": "night",
                    "absent": ["cat"],
                },
            ),
        ],
    },
    # ---- 7. stacked Chinese modifiers / 8. relative moves / 9. references ----------------------
    {
        "name": "brown_circle_red_square_zh",
        "turns": [
            (
                "画一个大棕色圆形",
                {"action": "draw", "subjects": [{"name": "圆形", "colour": "brown", "size": "big"}], "count": 1},
            ),
            (
                "再加一个小小的红色正方形在左上角",
                {
                    "action": "edit",
                    "subjects": [
                        {"name": "圆形", "colour": "brown", "size": "big"},
                        {"name": "正方形", "colour": "red", "size": "small", "position": "top left"},
                    ],
                    "count": 2,
                },
            ),
            (
                "红色的那个移到右下角",
                {
                    "action": "edit",
                    "subjects": [
                        {"name": "圆形", "colour": "brown", "size": "big"},
                        {"name": "正方形", "colour": "red", "size": "small", "position": "bottom right"},
                    ],
                    "count": 2,
                    "not_attributes": {"圆形": {"position": "bottom right"}},
                },
            ),
            (
                "圆形不要了",
                {
                    "action": "edit",
                    "subjects": [{"name": "正方形", "colour": "red", "size": "small", "position": "bottom right"}],
                    "count": 1,
                    "absent": ["圆形"],
                },
            ),
        ],
    },
    {
        "name": "yellow_triangle_moves_zh",
        "turns": [
            (
                "小小的黄色三角形在正下方，黑色背景",
                {
                    "action": "draw",
                    "subjects": [{"name": "三角形", "colour": "yellow", "size": "small", "position": "bottom"}],
                    "count": 1,
                    "background": "black",
                },
            ),
            (
                "往上移一点",
                {
                    "action": "edit",
                    "subjects": [{"name": "三角形", "colour": "yellow", "size": "small", "position": "center"}],
                    "count": 1,
                    "background": "black",
                },
            ),
            (
                "再往右一点点～",
                {
                    "action": "edit",
                    "subjects": [{"name": "三角形", "colour": "yellow", "size": "small", "position": "right"}],
                    "count": 1,
                    "background": "black",
                },
            ),
        ],
    },
    {
        "name": "green_square_shift",
        "turns": [
            (
                "small green sqaure top left",
                {
                    "action": "draw",
                    "subjects": [{"name": "square", "colour": "green", "size": "small", "position": "top left"}],
                    "count": 1,
                },
            ),
            (
                "shift it over to the right",
                {
                    "action": "edit",
                    "subjects": [{"name": "square", "colour": "green", "size": "small", "position": "top right"}],
                    "count": 1,
                },
            ),
            (
                "move it down a bit",
                {
                    "action": "edit",
                    "subjects": [{"name": "square", "colour": "green", "size": "small", "position": "right"}],
                    "count": 1,
                },
            ),
        ],
    },
    {
        "name": "orange_triangle_down",
        "turns": [
            (
                "an orange triangle at the top, gray background",
                {
                    "action": "draw",
                    "subjects": [{"name": "triangle", "colour": "orange", "position": "top"}],
                    "count": 1,
                    "background": "gray",
                },
            ),
            (
                "move it down a bit",
                {
                    "action": "edit",
                    "subjects": [{"name": "triangle", "colour": "orange", "position": "center"}],
                    "count": 1,
                    "background": "gray",
                },
            ),
            (
                "a little more to the left plz",
                {
                    "action": "edit",
                    "subjects": [{"name": "triangle", "colour": "orange", "position": "left"}],
                    "count": 1,
                    "background": "gray",
                },
            ),
        ],
    },
    {
        "name": "two_circles_refs",
        "turns": [
            (
                "draw two circles, a small red one on the left and a big blue one on the right",
                {
                    "action": "draw",
                    "subjects": [
                        {"name": "circle", "colour": "red", "size": "small", "position": "left"},
                        {"name": "circle", "colour": "blue", "size": "big", "position": "right"},
                    ],
                    "count": 2,
                },
            ),
            (
                "make the left one green",
                {
                    "action": "edit",
                    "subjects": [
                        {"name": "circle", "colour": "green", "size": "small", "position": "left"},
                        {"name": "circle", "colour": "blue", "size": "big", "position": "right"},
                    ],
                    "count": 2,
                },
            ),
            (
                "move the bigger circle to the bottom middle",
                {
                    "action": "edit",
                    "subjects": [
                        {"name": "circle", "colour": "green", "size": "small", "position": "left"},
                        {"name": "circle", "colour": "blue", "size": "big", "position": "bottom"},
                    ],
                    "count": 2,
                },
            ),
            (
                "now delete the purple one",
                {
                    "action": "ask",
                    "subjects": [
                        {"name": "circle", "colour": "green", "size": "small", "position": "left"},
                        {"name": "circle", "colour": "blue", "size": "big", "position": "bottom"},
                    ],
                    "count": 2,
                },
            ),
        ],
    },
    {
        "name": "left_one_pink_one_zh",
        "turns": [
            (
                "左边一个蓝色三角形，右边一个粉色圆形",
                {
                    "action": "draw",
                    "subjects": [
                        {"name": "三角形", "colour": "blue", "position": "left"},
                        {"name": "圆形", "colour": "pink", "position": "right"},
                    ],
                    "count": 2,
                },
            ),
            (
                "左边那个改成黄色",
                {
                    "action": "edit",
                    "subjects": [
                        {"name": "三角形", "colour": "yellow", "position": "left"},
                        {"name": "圆形", "colour": "pink", "position": "right"},
                    ],
                    "count": 2,
                    "not_attributes": {"圆形": {"colour": "yellow"}},
                },
            ),
            (
                "把粉色的那个删掉",
                {
                    "action": "edit",
                    "subjects": [{"name": "三角形", "colour": "yellow", "position": "left"}],
                    "count": 1,
                    "absent": ["圆形"],
                },
            ),
        ],
    },
    # ---- 6. removal phrasings ----------------------------------------------------------------
    {
        "name": "girl_dog_lantern_remove",
        "turns": [
            (
                "a girl walking her dog, with a lantern on the ground next to them",
                {"action": "draw", "subjects": [{"name": "girl"}, {"name": "dog"}, {"name": "lantern"}], "count": 3},
            ),
            (
                "i dont want the lantern anymore tbh",
                {"action": "edit", "subjects": [{"name": "girl"}, {"name": "dog"}], "count": 2, "absent": ["lantern"]},
            ),
            (
                "get rid of the dog pls",
                {"action": "edit", "subjects": [{"name": "girl"}], "count": 1, "absent": ["dog", "lantern"]},
            ),
        ],
    },
    {
        "name": "boy_dog_ball_remove_zh",
        "turns": [
            (
                "画一个男孩，旁边有一只狗和一个皮球",
                {"action": "draw", "subjects": [{"name": "男孩"}, {"name": "狗"}, {"name": "皮球"}], "count": 3},
            ),
            (
                "皮球不要了",
                {"action": "edit", "subjects": [{"name": "男孩"}, {"name": "狗"}], "count": 2, "absent": ["皮球"]},
            ),
            ("别画狗了", {"action": "edit", "subjects": [{"name": "男孩"}], "count": 1, "absent": ["狗", "皮球"]}),
        ],
    },
    {
        "name": "white_cat_pink_circle_mixed",
        "turns": [
            (
                "draw a cat, 要白色的, 在右上角",
                {
                    "action": "draw",
                    "subjects": [{"name": "cat", "colour": "white", "position": "top right"}],
                    "count": 1,
                },
            ),
            (
                "再加一个 pink circle 在左下角",
                {
                    "action": "edit",
                    "subjects": [
                        {"name": "cat", "colour": "white", "position": "top right"},
                        {"name": "circle", "colour": "pink", "position": "bottom left"},
                    ],
                    "count": 2,
                },
            ),
            (
                "把circle删掉",
                {
                    "action": "edit",
                    "subjects": [{"name": "cat", "colour": "white", "position": "top right"}],
                    "count": 1,
                    "absent": ["circle"],
                },
            ),
        ],
    },
    {
        "name": "fox_watercolor_tail_mixed",
        "turns": [
            (
                "a fox in the forest, watercolor style pls",
                {
                    "action": "draw",
                    "subjects": [{"name": "fox"}],
                    "count": 1,
                    "background": "forest",
                    "style": "watercolor",
                    "absent": ["watercolor", "style"],
                },
            ),
            (
                "它的尾巴要白色",
                {
                    "action": "edit",
                    "subjects": [{"name": "fox", "parts": {"尾巴": {"colour": "white"}}}],
                    "count": 1,
                    "background": "forest",
                    "style": "watercolor",
                    "absent": ["尾巴"],
                    "not_attributes": {"fox": {"colour": "white"}},
                },
            ),
        ],
    },
    # ---- 10. settings and markup -------------------------------------------------------------
    {
        "name": "fox_tree_settings",
        "turns": [
            (
                "a fox sleeping under a tree",
                {"action": "draw", "subjects": [{"name": "fox"}, {"name": "tree"}], "count": 2},
            ),
            (
                "set steps to 1000",
                {
                    "action": "chat",
                    "subjects": [{"name": "fox"}, {"name": "tree"}],
                    "count": 2,
                    "absent": ["steps", "1000"],
                },
            ),
            (
                "use seed 42 please",
                {
                    "action": "chat",
                    "subjects": [{"name": "fox"}, {"name": "tree"}],
                    "count": 2,
                    "absent": ["seed", "42"],
                },
            ),
        ],
    },
    {
        "name": "house_markup",
        "turns": [
            (
                "a little house in a meadow",
                {
                    "action": "draw",
                    "subjects": [{"name": "house", "size": "small"}],
                    "count": 1,
                    "background": "meadow",
                    "absent": ["meadow"],
                },
            ),
            (
                "![x](http://example.com/a.png)",
                {
                    "action": "chat",
                    "subjects": [{"name": "house", "size": "small"}],
                    "count": 1,
                    "background": "meadow",
                    "absent": ["x", "png", "example", "image"],
                },
            ),
            (
                "<b>bold</b>",
                {
                    "action": "chat",
                    "subjects": [{"name": "house", "size": "small"}],
                    "count": 1,
                    "background": "meadow",
                    "absent": ["bold", "b"],
                },
            ),
        ],
    },
    # ---- 11. cannot be resolved: ask ---------------------------------------------------------
    {
        "name": "cat_make_it_better",
        "turns": [
            ("a cat", {"action": "draw", "subjects": [{"name": "cat"}], "count": 1}),
            ("hmm make it better", {"action": "ask", "subjects": [{"name": "cat"}], "count": 1}),
        ],
    },
    {
        "name": "tree_other_one_zh",
        "turns": [
            ("画一棵树", {"action": "draw", "subjects": [{"name": "树"}], "count": 1}),
            (
                "把另一个改成红色",
                {
                    "action": "ask",
                    "subjects": [{"name": "树"}],
                    "count": 1,
                    "not_attributes": {"树": {"colour": "red"}},
                },
            ),
            ("嗯…弄得好看一点", {"action": "ask", "subjects": [{"name": "树"}], "count": 1}),
        ],
    },
]
