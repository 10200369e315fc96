"""Editing a credit's role: a combo box over the role vocabulary, grouped under headings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from labeldesk.model.roles import ROLE_GROUPS, ROLES

GROUP_TITLES = {"writing": "Writing", "performance": "Performance", "production": "Production",
                "technical": "Engineering", "visual": "Artwork and photography", "text": "Text", "film": "Film",
                "company": "Studios and companies"}
ROLE_ID = Qt.UserRole


def role_combo(parent=None) -> QComboBox:
    """A combo box listing every role under its group's heading (headings cannot be chosen)."""
    combo = QComboBox(parent)
    model = QStandardItemModel(combo)
    for group in ROLE_GROUPS:
        heading = QStandardItem(GROUP_TITLES.get(group, group.capitalize()))
        heading.setFlags(Qt.NoItemFlags)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        model.appendRow(heading)
        for role in (r for r in ROLES if r.group == group):
            item = QStandardItem("    " + role.label)
            item.setData(role.id, ROLE_ID)
            item.setToolTip(role.hint or role.label)
            model.appendRow(item)
    combo.setModel(model)
    combo.setMaxVisibleItems(24)
    return combo


def select_role(combo: QComboBox, role_id: str) -> None:
    index = combo.findData(role_id, ROLE_ID)
    if index < 0:  # a role outside the vocabulary stays choosable as it is
        combo.addItem(role_id, role_id)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class RoleDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        return role_combo(parent)

    def setEditorData(self, editor: QComboBox, index) -> None:
        select_role(editor, index.data(Qt.EditRole))

    def setModelData(self, editor: QComboBox, model, index) -> None:
        role_id = editor.currentData(ROLE_ID)
        if role_id:
            model.setData(index, role_id, Qt.EditRole)
