package com.loyaltyledger.api.client;

import java.util.Set;

/** A change to some consents: a null member leaves that consent as it is. */
public record ConsentsPatch(Boolean mailing,
                            Boolean sms,
                            Boolean advertising,
                            Boolean receiptByEmail,
                            Boolean emailConfirmed,
                            Set<ContactChannel> channels) {

    public Consents applyTo(Consents current) {
        return new Consents(
                mailing == null ? current.mailing() : mailing,
                sms == null ? current.sms() : sms,
                advertising == null ? current.advertising() : advertising,
                receiptByEmail == null ? current.receiptByEmail() : receiptByEmail,
                emailConfirmed == null ? current.emailConfirmed() : emailConfirmed,
                channels == null ? current.channels() : channels);
    }
}
