package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.DataSubject;
import com.loyaltyledger.api.common.PersonalData;

/** The asset, its scale and the kind are copied from the type: they never change for an account. */
public record AccountOpenedEvent(@DataSubject String accountId,
                                 String number,
                                 @PersonalData String name,
                                 String accountTypeId,
                                 String asset,
                                 int scale,
                                 AccountKind kind,
                                 AccountOwner owner) {
}
