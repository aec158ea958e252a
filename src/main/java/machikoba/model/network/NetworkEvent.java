package machikoba.model.network;

/** Something a network did for its members this month, kept for observers to count (as exits are). */
public record NetworkEvent(HorizontalNetwork network, Kind kind) {
    public enum Kind { EXCHANGE, REFERRAL, ORDER_SHARED, JOINT_PRODUCT }
}
