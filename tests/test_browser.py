"""In a real browser: type a message, press Enter, wait for the picture, undo; two sessions never mix.

Headless Chromium from Debian's `chromium` package, driven by Playwright (which cannot download its own browser
here). Screenshots are saved under test-artifacts/.
"""

from __future__ import annotations

import re
import shutil
import tempfile

import pytest

from app_server import ROOT, running_app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None,
                       reason="no Chromium installed (Debian package `chromium`; .ci/run installs it)"),
]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]
PICTURE_TIMEOUT_MS = 120_000


@pytest.fixture(scope="module")
def app_url():
    with running_app() as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def send(page, text: str) -> None:
    box = page.locator("textarea").first
    box.click()
    box.fill(text)
    box.press("Enter")


def bot_pictures(page):
    return page.locator(".message.bot img, [data-testid='bot'] img")


def test_type_enter_picture_undo(browser, app_url):
    page = browser.new_page(locale="en-US", viewport={"width": 1280, "height": 900})
    page.goto(app_url)
    send(page, "draw a big red circle at the top left on a gray background")
    wait_until_drawn(page, 1)  # step previews show in the chat while it draws: wait for the picture itself
    send(page, "make it blue")
    wait_until_drawn(page, 2)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "browser-two-turns.png"), full_page=True)
    page.get_by_role("button", name="↶ Undo").click()
    page.wait_for_function(
        "() => document.querySelectorAll('.message.bot img, [data-testid=\"bot\"] img').length === 1",
        timeout=30_000,
    )
    page.screenshot(path=str(ARTIFACTS / "browser-after-undo.png"), full_page=True)
    assert "make it blue" not in page.locator(".chatbot, [data-testid='chatbot']").first.inner_text()
    page.close()


def test_two_sessions_never_see_each_other(browser, app_url):
    first = browser.new_context(locale="en-US").new_page()
    second = browser.new_context(locale="zh-CN").new_page()
    first.goto(app_url)
    second.goto(app_url)
    send(first, "draw a small green triangle at the center on a white background")
    send(second, "画一个米色背景上右下角的小的紫色正方形")
    for page in (first, second):
        wait_until_drawn(page, 1)
    first_text = first.locator("body").inner_text()
    second_text = second.locator("body").inner_text()
    assert "green triangle" in first_text and "紫色" not in first_text
    assert "紫色" in second_text and "green triangle" not in second_text
    assert bot_pictures(first).count() == 1 and bot_pictures(second).count() == 1
    # The UI language follows the browser's.
    assert second.get_by_role("button", name="↶ 撤销").is_visible()
    assert first.get_by_role("button", name="↶ Undo").is_visible()
    second.screenshot(path=str(ARTIFACTS / "browser-second-session-zh.png"), full_page=True)


# ------------------------------------------------------------------------------------------ issue 23: the page
DESKTOP, PHONE = {"width": 1280, "height": 800}, {"width": 390, "height": 844}
# What a browser may show in Latin letters on the Chinese page: the switch back offers "English", and the About
# names the processor.
LATIN_ALLOWED = {"English", "CPU", "GPU", "DiT", "JSON", "zip", "png"}


def visible_in_viewport(page, selector: str) -> dict:
    """The element's box, asserted to lie wholly inside the window without scrolling the page."""
    box = page.locator(selector).first.bounding_box()
    viewport = page.viewport_size
    assert box is not None, f"{selector} is not shown"
    assert box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"], (selector, box, viewport)
    assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], (selector, box, viewport)
    return box


def wait_until_drawn(page, pictures: int) -> None:
    """Until the chat holds `pictures` pictures and nothing is being drawn (no stop button)."""
    page.wait_for_function(
        f"() => document.querySelectorAll('#chat .message.bot img').length >= {pictures}"
        " && !document.querySelector('#message-box .stop-button')",
        timeout=PICTURE_TIMEOUT_MS,
    )


def chat_turns(page, messages: list[str]) -> None:
    for i, text in enumerate(messages):
        send(page, text)
        wait_until_drawn(page, i + 1)


FIVE_TURNS = ["draw a big red circle at the top left on a gray background", "make it blue",
              "add a small yellow square at the bottom right", "make the background white", "make the square green"]


def test_phone_first_screen_has_the_message_box_and_send_button(browser, app_url):
    page = browser.new_page(locale="en-US", viewport=PHONE)
    page.goto(app_url)
    page.locator("#message-box textarea").wait_for(state="visible")
    box = visible_in_viewport(page, "#message-box textarea")
    visible_in_viewport(page, "#message-box .submit-button")
    visible_in_viewport(page, "#actions button >> nth=0")
    assert page.evaluate("window.scrollY") == 0
    assert page.locator("#message-box .stop-button").count() == 0, "no stop button while idle"
    assert page.get_by_text(FIVE_TURNS[0]).first.is_visible(), "example prompts on the empty chat"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "layout-phone-first-load.png"))
    print(f"phone: message box at y={box['y']:.0f}")
    page.close()


def test_desktop_after_five_turns_shows_box_undo_and_latest_picture(browser, app_url):
    page = browser.new_page(locale="en-US", viewport=DESKTOP)
    page.goto(app_url)
    chat_turns(page, FIVE_TURNS)
    assert page.evaluate("window.scrollY") == 0 and page.evaluate(
        "document.documentElement.scrollHeight") <= DESKTOP["height"] + 1, "the page itself does not scroll"
    box = visible_in_viewport(page, "#message-box textarea")
    visible_in_viewport(page, "#actions button:has-text('Undo')")
    visible_in_viewport(page, "#picture img")
    latest = page.locator("#chat .message.bot img").last
    assert latest.is_visible() and latest.bounding_box()["y"] + latest.bounding_box()["height"] <= DESKTOP["height"]
    page.screenshot(path=str(ARTIFACTS / "layout-desktop-five-turns.png"))
    print(f"desktop: message box at y={box['y']:.0f}")

    # The whole page follows the switch, the Scene card's values included, and the chat keeps its place.
    scroll = page.evaluate("document.querySelector('#chat .bubble-wrap').scrollTop")
    page.get_by_text("中文", exact=True).click()
    page.get_by_role("button", name="↶ 撤销").wait_for(state="visible")
    page.wait_for_function("() => document.querySelector('#scene-card').innerText.includes('蓝色')")
    assert abs(page.evaluate("document.querySelector('#chat .bubble-wrap').scrollTop") - scroll) < 40
    assert page.evaluate("window.scrollY") == 0
    page.screenshot(path=str(ARTIFACTS / "layout-desktop-chinese.png"))
    page.close()


def test_after_switching_to_chinese_the_page_shows_no_english_ui_words(browser, app_url):
    page = browser.new_page(locale="en-US", viewport=DESKTOP)
    page.goto(app_url)
    send(page, "画一个灰色背景上左上角的大的红色圆形")
    wait_until_drawn(page, 1)
    page.get_by_text("中文", exact=True).click()
    page.get_by_role("button", name="↶ 撤销").wait_for(state="visible")
    for title in ("画图设置", "保存或打开对话", "关于"):  # open every fold, so its words are on the page too
        page.get_by_text(title, exact=True).click()
    page.wait_for_timeout(500)
    text = page.evaluate("() => document.body.innerText")  # Gradio's footer included: the app shows none
    english = sorted({w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in LATIN_ALLOWED})
    assert not english, english
    page.close()


def server_paths(html: str) -> list[str]:
    """What in the page names a place on the server: the repository, the temp folder, the app's folders (Gradio's
    cache is in one), Gradio's file URLs, an absolute path under a usual root (a URL's path after its host is not
    one)."""
    found = [html[max(0, i - 80):i + 80] for p in (str(ROOT), tempfile.gettempdir() + "/", "drawchat-", "file=")
             if (i := html.find(p)) >= 0]
    return found + re.findall(r"(?<![\w.:/])/(?:tmp|var|home|root|srv|work|Users|private)/[^\"'\s<>)]*", html)


def test_the_page_holds_no_server_path(browser, app_url, tmp_path):
    """The whole HTML, Gradio's picture links included: pictures in the chat and the panel, their downloads, the
    upload shown in the person's message, the exported chat, the About (issue 23)."""
    from PIL import Image

    page = browser.new_page(locale="en-US", viewport=DESKTOP)
    page.goto(app_url)
    chat_turns(page, FIVE_TURNS[:2])
    upload = tmp_path / "mine.png"
    Image.new("RGB", (120, 80), "orange").save(upload)
    page.locator("#message-box input[type=file]").set_input_files(str(upload))
    page.locator("#message-box img").first.wait_for(state="visible", timeout=30_000)
    send(page, "draw a big blue circle")
    wait_until_drawn(page, 3)
    assert page.locator("#chat .message.user img").count() == 1, "the upload shows in the person's message"
    page.get_by_text("Save or open a chat", exact=True).click()
    page.get_by_role("button", name="Save this chat").click()
    page.locator("a[download$='.zip']").wait_for(state="attached", timeout=30_000)
    page.get_by_text("About", exact=True).click()
    html = page.content()
    assert not server_paths(html), server_paths(html)[:5]
    links = page.locator("#chat img, #picture img, a[download]").evaluate_all(
        "els => els.map(e => e.getAttribute('src') || e.getAttribute('href'))")
    assert links and all(re.fullmatch(rf"{re.escape(app_url)}gradio_api/pictures/[\w-]{{22}}/[\w.-]+", u)
                         for u in links), links
    names = page.locator("#chat a[download]").evaluate_all("links => links.map(a => a.getAttribute('download'))")
    drawn = [n for n in names if re.fullmatch(r"drawing-chat-\d+-\d+\.png", n)]
    assert len(drawn) == 3 and len(names) == 4, names  # three pictures drawn, and the upload
    page.close()


def test_retry_draws_beside_and_the_chat_continues_from_the_one_picked(browser, app_url):
    page = browser.new_page(locale="en-US", viewport=DESKTOP)
    page.goto(app_url)
    page.get_by_text(FIVE_TURNS[0]).first.click()  # an example prompt is sent as typed
    wait_until_drawn(page, 1)
    page.get_by_role("button", name="⟳ Retry").click()
    wait_until_drawn(page, 2)
    chat = page.locator("#chat")
    assert "Retry: the same scene with a new seed." in chat.inner_text()
    assert chat.get_by_text("Continue from picture 1").count() == 1
    chat.get_by_text("Continue from picture 1").click()
    page.wait_for_function("() => document.querySelector('#status').innerText.includes('continues from')")
    assert page.locator("#chat .message.bot img").count() == 2, "both pictures stay"
    page.close()


def test_while_drawing_the_message_shows_at_once_without_an_overlay_and_stop_is_offered(browser, app_url):
    page = browser.new_page(locale="en-US", viewport=DESKTOP)
    page.goto(app_url)
    page.get_by_text("Picture settings", exact=True).click()
    steps = page.locator("input[type=number]").first  # the steps slider's number box: a longer render to watch
    steps.fill("100")
    steps.press("Enter")
    send(page, "draw a big red circle")
    page.locator("#message-box .stop-button").wait_for(state="visible", timeout=PICTURE_TIMEOUT_MS)
    assert "draw a big red circle" in page.locator("#chat").inner_text(), "the message is in the chat at once"
    assert page.locator("#message-box textarea").input_value() == "", "the box is free"
    overlays = page.locator(".eta-bar, .progress-text, .meta-text-center").evaluate_all(
        "els => els.filter(e => e.offsetParent !== null).map(e => e.innerText)")
    assert not overlays, overlays
    page.locator("#message-box .stop-button").click()
    page.wait_for_function("() => !document.querySelector('#message-box .stop-button')", timeout=60_000)
    assert "Stopped" in page.locator("#chat").inner_text()
    assert page.locator("#message-box textarea").input_value() == "draw a big red circle", "back in the box"
    page.close()


def test_saving_a_chat_says_so_and_a_new_chat_takes_the_old_file_away(browser, app_url):
    page = browser.new_page(locale="en-US", viewport=DESKTOP)
    page.goto(app_url)
    send(page, "draw a small green triangle at the center")
    wait_until_drawn(page, 1)
    page.get_by_text("Save or open a chat", exact=True).click()
    page.get_by_role("button", name="Save this chat").click()
    page.get_by_text("Your chat is saved: download it below.").wait_for(state="visible", timeout=30_000)
    assert page.locator("a[download$='.zip']").count() == 1
    page.get_by_role("button", name="New chat").click()
    page.wait_for_function("() => !document.querySelector(\"a[download$='.zip']\")", timeout=30_000)
    page.close()
