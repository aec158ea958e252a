package machikoba.gui;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import java.awt.BorderLayout;
import java.util.function.Consumer;

/**
 * The Console's Lessons tab: pick a lesson, read what to watch and why, press "Set up" (the run
 * stops, the lesson's district is laid out with its levers set), then play.
 */
final class LessonsTab {
    private LessonsTab() { }

    static JComponent of(Consumer<Lesson> setUp) {
        JComboBox<Lesson> choice = new JComboBox<>(Lesson.ALL.toArray(new Lesson[0]));
        JEditorPane text = new JEditorPane("text/html", Lesson.ALL.get(0).html());
        text.setEditable(false);
        choice.addActionListener(e -> {
            text.setText(((Lesson) choice.getSelectedItem()).html());
            text.setCaretPosition(0);
        });
        JButton go = new JButton("Set up this lesson (stops the run)");
        go.addActionListener(e -> setUp.accept((Lesson) choice.getSelectedItem()));
        JPanel p = new JPanel(new BorderLayout(0, 4));
        p.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        p.add(choice, BorderLayout.NORTH);
        p.add(new JScrollPane(text), BorderLayout.CENTER);
        p.add(go, BorderLayout.SOUTH);
        p.putClientProperty(Lesson.class, choice);
        return p;
    }

    /** Shows a lesson in the tab, as if the student had picked it. */
    @SuppressWarnings("unchecked")
    static void show(JComponent tab, Lesson l) {
        ((JComboBox<Lesson>) tab.getClientProperty(Lesson.class)).setSelectedItem(l);
    }
}
