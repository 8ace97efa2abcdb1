"""Audio players for speech tests. There is no sound card here or on CI: audio goes to ALSA's null
device. `aplay -D null` swallows a whole file at once, so tests that stop speech mid-sentence use
PACED_PLAYER, which feeds the audio to the null device at the real rate (and, like a wrapper script
around a real player, has a child process of its own).
"""

import sys

NULL_PLAYER = ["aplay", "-q", "-D", "null"]
PACED_PLAYER = [
    sys.executable,
    "-c",
    """
import subprocess, sys, time, wave
with wave.open(sys.argv[1]) as wav:
    rate, data = wav.getframerate(), wav.readframes(wav.getnframes())
sink = subprocess.Popen(["aplay", "-q", "-D", "null", "-t", "raw", "-f", "S16_LE", "-r", str(rate), "-c", "1"],
                        stdin=subprocess.PIPE)
start, step = time.monotonic(), rate // 25 * 2
for offset in range(0, len(data), step):
    sink.stdin.write(data[offset:offset + step])
    sink.stdin.flush()
    time.sleep(max(0.0, start + (offset + step) / (2 * rate) - time.monotonic()))
sink.stdin.close()
sys.exit(sink.wait())
""",
]
