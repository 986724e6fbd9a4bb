"""The yardstick for start-up: an empty PySide6 main window, shown and painted, then quit.
Measured exactly like the program (bench/run.py times both from spawn to the "shown" line)."""
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.done)

    def done(self):
        print("shown", flush=True)
        QApplication.quit()


app = QApplication(sys.argv[:1])
w = Window()
w.resize(1200, 800)
w.show()
sys.exit(app.exec())
