package org.unlisted.ui;

import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.unlisted.ui.theme.Appearance;

/**
 * A list beside the chosen item's detail when there is room, and one at a time when there is not
 * (large text, a small window): the list, then the chosen item with a button back to the list.
 * Arrow keys only move through the list; Enter or a click opens the item.
 */
public final class ListAndDetail extends HBox {
    /** Narrower than this many em (of the chosen text size), the two take turns. */
    static final double SIDE_BY_SIDE_EM = 48;

    private final BooleanProperty narrow = new SimpleBooleanProperty(false);
    private final BooleanProperty detailShown = new SimpleBooleanProperty(false);
    private final ListView<?> list;
    private final Button back;

    /**
     * @param followsOutsideChoice whether an item chosen by other means than the list (the dashboard's
     *                             "Open") shows its detail; false where the screen picks a first item itself
     */
    public ListAndDetail(Region listPane, ListView<?> list, Region detail, String backText,
                         boolean followsOutsideChoice) {
        super(20);
        this.list = list;
        getStyleClass().add(Styles.LIST_AND_DETAIL);
        setMinWidth(0); // take the page's width, whatever it is, so the check below sees the real room
        back = new Button(backText, new FontIcon(Feather.ARROW_LEFT));
        back.setId(list.getId() + "-back");
        back.visibleProperty().bind(narrow);
        back.managedProperty().bind(narrow);
        back.setOnAction(event -> showList());
        VBox detailSide = new VBox(8, back, detail);
        VBox.setVgrow(detail, Priority.ALWAYS);
        HBox.setHgrow(detailSide, Priority.ALWAYS);
        getChildren().addAll(listPane, detailSide);

        BooleanBinding listVisible = narrow.not().or(detailShown.not());
        listPane.visibleProperty().bind(listVisible);
        listPane.managedProperty().bind(listVisible);
        BooleanBinding detailVisible = narrow.not().or(detailShown);
        detailSide.visibleProperty().bind(detailVisible);
        detailSide.managedProperty().bind(detailVisible);
        narrow.addListener((obs, old, now) -> HBox.setHgrow(listPane, now ? Priority.ALWAYS : null));

        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (followsOutsideChoice && now != null && !list.isFocused()) {
                showDetail(); // opened from elsewhere (the dashboard), not by moving through the list
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                showDetail();
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                showDetail();
                event.consume();
            }
        });
    }

    /** Checked at each layout, so a new window width or text size is seen at once. */
    @Override
    protected void layoutChildren() {
        narrow.set(getWidth() > 0 && getWidth() < SIDE_BY_SIDE_EM * Appearance.textSize().pixels());
        super.layoutChildren();
    }

    /** True while the list and the detail take turns. */
    public boolean isNarrow() {
        return narrow.get();
    }

    public void showDetail() {
        detailShown.set(true);
        if (narrow.get() && list.isFocused()) {
            Platform.runLater(back::requestFocus);
        }
    }

    public void showList() {
        detailShown.set(false);
        if (narrow.get()) {
            Platform.runLater(list::requestFocus);
        }
    }
}
