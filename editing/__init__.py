"""The editing room, between the dialog and the generator: how one turn is drawn so the picture changes only
where asked. `editing.editor.Editor` is its one door (a change in, a render request and a finishing step out);
`plan` chooses seed, start and strength, `regions` and `rough_in` keep and paint pictures where a
`PictureReader` for the model's world was given. It never renders and knows nothing of sessions or chat.
"""
