"""A free background that names a place ("bamboo forest", "cliff", "mars", 竹林, 月球) is said as a place in the
prompt: "a samurai standing in a bamboo forest", "窗边…，竹林里", not "on a bamboo forest background" (which a
real model reads as a backdrop picture, and "a mars background" as an odd phrase). A colour or anything else free
stays a background. Which preposition goes with which place is English usage, keyed by the place's last word.
"""

from __future__ import annotations

import re

from dialog.en_words import article

_ON = {"hill", "hills", "hilltop", "hillside", "cliff", "cliffs", "clifftop", "coast", "coastline", "rooftop",
       "stage", "road", "highway", "motorway", "trail", "plains", "steppe", "slope", "slopes", "pier", "dock",
       "glacier", "dune", "dunes", "battlefield", "farmland", "moor", "moorland", "riverbank", "street", "mars",
       "moon", "planet", "pitch", "ranch", "beach", "shore", "mountaintop", "island", "roof", "balcony", "terrace",
       "patio", "deck"}
_AT = {"station", "stop", "waterhole", "marina", "lakeside", "riverside", "seaside", "harbor", "harbour", "port"}
_IN = {"forest", "woods", "jungle", "cave", "cafe", "café", "valley", "canyon", "meadow", "greenhouse", "marketplace",
       "market", "alley", "alleyway", "bathroom", "office", "studio", "classroom", "attic", "swamp", "tundra",
       "marsh", "wetland", "wetlands", "bog", "estuary", "savanna", "savannah", "prairie", "courtyard", "grove",
       "lobby", "hallway", "corridor", "basement", "bar",
       "pub", "hall", "museum", "gallery", "church", "hospital", "restaurant", "gym", "warehouse", "factory",
       "workshop", "garage", "barn", "field", "fields", "orchard", "vineyard", "nursery", "playroom", "kindergarten",
       "library", "ballroom", "shop", "store", "room", "paddock", "pasture", "garden", "park", "club", "nightclub",
       "dungeon", "tavern", "crypt", "kitchen", "bedroom", "city", "town", "village", "desert", "bakery", "diner",
       "bookstore", "teahouse", "subway", "tunnel", "arena", "stadium", "center", "centre"}
# Said with no article: "on mars"; with "the": "on the moon"
_NO_ARTICLE = {"mars"}
_THE = {"moon"}

# Chinese: 里 inside a place, 上 on a surface or a world, 边 beside water
_ZH_ON = ("坡", "崖", "顶", "台", "球", "星", "岸", "码头", "场", "街", "桥", "岛", "滩")
_ZH_BESIDE = ("塘", "池", "湖", "河", "江")
_ZH_IN = ("林", "洞", "穴", "馆", "店", "厅", "室", "房", "巷", "胡同", "市", "园", "镇", "村", "城", "谷", "宫", "寺",
          "庙", "院", "站", "隧道", "沼泽", "冰川", "乡村", "集市")


def place_phrase(background: str, language: str) -> str | None:
    """The background said as where things are ("in a bamboo forest", "竹林里"); None when it is not a place."""
    said = background.strip()
    if language == "zh":
        if not re.fullmatch(r"[\u4e00-\u9fff]+", said):
            return None
        if said.endswith(_ZH_BESIDE):
            return f"{said}边"
        if said.endswith(_ZH_ON):
            return f"{said}上"
        return f"{said}里" if said.endswith(_ZH_IN) else None
    words = said.lower().split()
    if not words or not re.fullmatch(r"[a-z][a-z' -]*", said.lower()) or "background" in words:
        return None
    # "cafe full of plants": the place is said by its head, before what fills it
    head = re.split(r"\s(?:full of|filled with|packed with|crowded with|stacked with)\s", said.lower())[0].split()
    last = head[-1]
    preposition = "on" if last in _ON else "at" if last in _AT else "in" if last in _IN else None
    if preposition is None:
        return None
    if words[0] in ("a", "an", "the") or said.lower() in _NO_ARTICLE:
        return f"{preposition} {said}"
    return f"{preposition} {'the' if said.lower() in _THE else article(said)} {said}"
