"""The toy world the embedded model draws (see shared TOYWORLD.md): its vocabulary, renderer, captions and checker.

It knows nothing of diffusers or chat; the dialog's rule enhancer reads its vocabulary, training and the
benchmarks read its renderer and checker.
"""
