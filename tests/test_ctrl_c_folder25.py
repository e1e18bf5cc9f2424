"""Ctrl-C while the output folder is made and tried for writing leaves nothing behind: the folders
the run made are removed again (seen once under load in test_interrupts: the signal landed in the
write check, before the run's clean-up was armed). The interrupt is raised at the C calls
of the check itself (``os.open`` / ``os.close`` of the probe file) through a profile hook."""

import os
import sys

import pytest

from kesu_docs.cli.common import output_folder


@pytest.mark.parametrize("at", ["close", "open"])
def test_ctrl_c_while_the_output_folder_is_tried_leaves_nothing(tmp_path, at):
    out = tmp_path / "new" / "out"
    target = getattr(os, at)

    def ctrl_c(frame, event, arg):
        if event == "c_call" and arg is target and frame.f_code.co_name == "writable":
            sys.setprofile(None)
            raise KeyboardInterrupt

    sys.setprofile(ctrl_c)
    try:
        with pytest.raises(KeyboardInterrupt):
            output_folder(out)
    finally:
        sys.setprofile(None)
    assert not (tmp_path / "new").exists()
