package id.layanankecamatan.web;

import id.layanankecamatan.application.ApplicantData;

/** The applicant's fields as typed into a portal form; names match ApplicantData and the FieldProblem fields. */
public class ApplicantForm {

    private String nik;
    private String name;
    private String address;
    private String rt;
    private String rw;
    private String village;
    private String purpose;
    private String email;
    private String phone;
    /** The channels ticked; null until the form is sent (then both boxes start ticked), empty when none is ticked. */
    private java.util.List<String> notifyBy;

    static ApplicantForm of(ApplicantData data) {
        ApplicantForm form = new ApplicantForm();
        form.nik = data.nik();
        form.name = data.name();
        form.address = data.address();
        form.rt = data.rt();
        form.rw = data.rw();
        form.village = data.village();
        form.purpose = data.purpose();
        form.email = data.email();
        form.phone = data.phone();
        form.notifyBy = data.notifyBy();
        return form;
    }

    ApplicantData toApplicantData() {
        return new ApplicantData(nik, name, address, rt, rw, village, purpose, email, phone, ticksWithAddress());
    }

    /**
     * Both boxes start ticked, so a citizen who gave only a mobile number has "e-mail" ticked without an address: a
     * ticked channel whose address is empty is left out. Only when that leaves nothing are the ticks kept as they
     * are, for the validator to ask for the missing address (or for a tick).
     */
    private java.util.List<String> ticksWithAddress() {
        if (notifyBy == null) {
            return null;
        }
        java.util.List<String> reachable = notifyBy.stream()
                .filter(c -> !ApplicantData.EMAIL.equals(c) || (email != null && !email.isBlank()))
                .filter(c -> !ApplicantData.WHATSAPP.equals(c) || (phone != null && !phone.isBlank())).toList();
        return reachable.isEmpty() ? notifyBy : reachable;
    }

    public String getNik() { return nik; }
    public void setNik(String nik) { this.nik = nik; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getRt() { return rt; }
    public void setRt(String rt) { this.rt = rt; }
    public String getRw() { return rw; }
    public void setRw(String rw) { this.rw = rw; }
    public String getVillage() { return village; }
    public void setVillage(String village) { this.village = village; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public java.util.List<String> getNotifyBy() { return notifyBy; }
    public void setNotifyBy(java.util.List<String> notifyBy) { this.notifyBy = notifyBy; }
    /** Whether the box of this channel is ticked: all are, on a fresh form. */
    public boolean ticks(String channel) { return notifyBy == null || notifyBy.contains(channel); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}
