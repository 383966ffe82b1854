package com.fashionos.activities.draft;

import com.fashionos.activities.channel.ChannelProperties;
import com.fashionos.crm.conversation.ApprovalRefusedException;
import com.fashionos.crm.conversation.ConversationService;
import com.fashionos.crm.conversation.HumanReply;
import com.fashionos.crm.conversation.Message;
import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.workflows.draft.Channel;
import com.fashionos.workflows.draft.DraftFailures;
import com.fashionos.workflows.draft.ReplyActivities;
import com.fashionos.workflows.draft.ReplyRequest;
import com.fashionos.workflows.draft.ReplySentRecord;
import com.fashionos.workflows.draft.SendStatus;
import io.temporal.failure.ApplicationFailure;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** {@link ReplyActivities} over the conversation service and the timeline, in the request's tenant context. */
@Component
public class ReplyActivitiesImpl implements ReplyActivities {

    private final CrmReader crm;
    private final ConversationService conversations;
    private final ChannelProperties channels;
    private final JsonMapper json = JsonMapper.shared();

    ReplyActivitiesImpl(CrmReader crm, ConversationService conversations, ChannelProperties channels) {
        this.crm = crm;
        this.conversations = conversations;
        this.channels = channels;
    }

    @Override
    public UUID recordReply(ReplyRequest request) {
        return TenantContext.callAs(request.brandId(), request.senderId(), () -> {
            CrmReader.ContactRow contact = crm.contact(request.contactId())
                    .orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                            "Not found: contact " + request.contactId(), DraftFailures.NOT_FOUND));
            String to = request.channel() == Channel.EMAIL ? contact.email() : contact.whatsapp();
            if (to == null || to.isBlank()) {
                throw ApplicationFailure.newNonRetryableFailure(
                        contact.name() + " has no "
                                + (request.channel() == Channel.EMAIL ? "email address" : "WhatsApp number"),
                        DraftFailures.INVALID_INPUT);
            }
            Message message;
            try {
                message = conversations.recordHumanReply(
                        request.replyId(),
                        new HumanReply(
                                request.contactId(),
                                com.fashionos.crm.conversation.Channel.valueOf(
                                        request.channel().name()),
                                to,
                                from(request.channel()),
                                request.subject(),
                                request.body(),
                                request.senderId()));
            } catch (ApprovalRefusedException e) {
                throw ApplicationFailure.newNonRetryableFailure(
                        "Send refused: " + e.getMessage(), DraftFailures.APPROVAL_DENIED);
            }
            // The database hashes what it stored; the approval covers exactly the text the sender saw.
            if (!message.bodyHash().equals(request.bodyHash())
                    || !request.senderId().equals(message.approvedBy())
                    || !message.approvedAsIs()) {
                throw ApplicationFailure.newNonRetryableFailure(
                        "The stored reply is not the text approved by the sender", DraftFailures.INVALID_INPUT);
            }
            return message.id();
        });
    }

    @Override
    public void recordReplySent(ReplySentRecord record) {
        TenantContext.runAs(record.brandId(), () -> {
            Message message = conversations
                    .find(record.messageId())
                    .orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                            "Not found: message " + record.messageId(), DraftFailures.NOT_FOUND));
            boolean sandboxed = record.result().status() == SendStatus.SANDBOXED;
            String label = sandboxed ? "Not sent — sandbox" : "Sent";
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("messageId", message.id().toString());
            metadata.put("replyId", record.replyId().toString());
            metadata.put("channel", record.channel().name());
            metadata.put("status", record.result().status().name());
            metadata.put("provider", message.provider());
            metadata.put("providerMessageId", record.result().providerMessageId());
            metadata.put("hash", record.hash());
            metadata.put("approvedBy", record.senderId().toString());
            metadata.put("humanWritten", true);
            UUID accountId = crm.contact(record.contactId())
                    .map(CrmReader.ContactRow::accountId)
                    .orElse(null);
            crm.logSent(
                    record.channel().name(),
                    record.contactId(),
                    record.dealId(),
                    accountId,
                    message.subject() == null ? label : label + ": " + message.subject(),
                    message.body(),
                    json.writeValueAsString(metadata),
                    message.id(),
                    record.senderId());
        });
    }

    private @org.jspecify.annotations.Nullable String from(Channel channel) {
        String from = channel == Channel.EMAIL
                ? channels.sendgrid().fromEmail()
                : channels.twilio().whatsappFrom();
        return from.isBlank() ? null : from;
    }
}
