"""The toy world the embedded model draws (specified in toyworld/README.md): its vocabulary, renderer, captions,
checker and picture reader, and the embedded model's training.

The world itself (spec, scene, render, captions, checker, reader) knows nothing of diffusers or chat; only the
model and its training stand on the generator. The dialog and the enhancers read its vocabulary; training and
the benchmarks read its renderer and checker.
"""
